import { SearchX } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCaption, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { catalogHref, type CatalogParams } from "@/lib/catalog/filters";
import type { NotificationTypeDefinition } from "@/lib/catalog/types";
import type { CategoryFacet } from "./browse-catalog";
import { LockSymbol } from "./mandatory-lock";
import { TypeRow, type TypeRowData } from "./type-row";

interface CatalogResultsProps {
  results: NotificationTypeDefinition[];
  categories: CategoryFacet[];
  params: CatalogParams;
}

/** What a row shows, and so all the page's RSC payload carries of it. */
const rowData = ({
  key,
  name,
  description,
  severity,
  kind,
  mandatory,
}: NotificationTypeDefinition): TypeRowData => ({
  key,
  name,
  description,
  severity,
  kind,
  mandatory,
});

// The type rows' look, given once here rather than on each of up to 101 rows (type-row.tsx): the row,
// then its cells by position (name and description, key, severity, kind, [category,] mandatory). Whole
// class names, as Tailwind finds them in the source.
const TYPE_ROWS = [
  "[&_tr[data-type-key]]:border-b [&_tr[data-type-key]]:transition-colors [&_tr[data-type-key]:hover]:bg-muted/50",
  "[&_tr[data-type-key]>td]:p-2 [&_tr[data-type-key]>td:last-child]:pr-3 [&_tr[data-type-key]>td:last-child]:text-center",
  "[&_tr[data-type-key]>td:first-child]:max-w-xl [&_tr[data-type-key]>td:first-child]:min-w-44 sm:[&_tr[data-type-key]>td:first-child]:min-w-56",
  "[&_tr[data-type-key]>td:first-child]:px-3 [&_tr[data-type-key]>td:first-child]:py-2.5 [&_tr[data-type-key]>td:first-child]:whitespace-normal",
  "[&_tr[data-type-key]>td:first-child>a]:font-medium [&_tr[data-type-key]>td:first-child>a:hover]:underline",
  "[&_tr[data-type-key]>td:first-child>p]:mt-0.5 [&_tr[data-type-key]>td:first-child>p]:line-clamp-2",
  "[&_tr[data-type-key]>td:first-child>p]:text-xs [&_tr[data-type-key]>td:first-child>p]:text-muted-foreground",
  "[&_tr[data-type-key]>td:first-child>code]:mt-1 [&_tr[data-type-key]>td:first-child>code]:block [&_tr[data-type-key]>td:first-child>code]:text-xs",
  "[&_tr[data-type-key]>td:first-child>code]:break-all [&_tr[data-type-key]>td:first-child>code]:text-muted-foreground md:[&_tr[data-type-key]>td:first-child>code]:hidden",
  "[&_tr[data-type-key]>td:nth-child(2)]:hidden md:[&_tr[data-type-key]>td:nth-child(2)]:table-cell [&_tr[data-type-key]>td:nth-child(2)>code]:text-xs",
  "[&_tr[data-type-key]>td:nth-child(4)]:hidden lg:[&_tr[data-type-key]>td:nth-child(4)]:table-cell",
  "[&_tr[data-type-key]>td:nth-child(4)]:whitespace-nowrap [&_tr[data-type-key]>td:nth-child(4)]:text-muted-foreground",
  "[&_tr[data-type-key]>td[data-category]]:hidden xl:[&_tr[data-type-key]>td[data-category]]:table-cell [&_tr[data-type-key]>td[data-category]]:text-muted-foreground",
].join(" ");
// The severity badge as components/ui/severity-badge.tsx draws it: a box tinted with the severity's
// colour and a dot before the label (the text is the severity's name: colour is never the only cue).
const SEVERITY_BADGES = [
  "[&_tr[data-type-key]_[data-severity]]:inline-flex [&_tr[data-type-key]_[data-severity]]:w-fit [&_tr[data-type-key]_[data-severity]]:items-center [&_tr[data-type-key]_[data-severity]]:gap-1.5 [&_tr[data-type-key]_[data-severity]]:rounded-md",
  "[&_tr[data-type-key]_[data-severity]]:border [&_tr[data-type-key]_[data-severity]]:border-current/30 [&_tr[data-type-key]_[data-severity]]:bg-current/10 [&_tr[data-type-key]_[data-severity]]:px-2 [&_tr[data-type-key]_[data-severity]]:py-0.5",
  "[&_tr[data-type-key]_[data-severity]]:text-xs [&_tr[data-type-key]_[data-severity]]:font-medium [&_tr[data-type-key]_[data-severity]]:whitespace-nowrap",
  "[&_tr[data-type-key]_[data-severity]]:before:size-1.5 [&_tr[data-type-key]_[data-severity]]:before:shrink-0 [&_tr[data-type-key]_[data-severity]]:before:rounded-full [&_tr[data-type-key]_[data-severity]]:before:bg-current [&_tr[data-type-key]_[data-severity]]:before:content-['']",
  "[&_tr[data-type-key]_[data-severity=info]]:text-severity-info [&_tr[data-type-key]_[data-severity=low]]:text-severity-low",
  "[&_tr[data-type-key]_[data-severity=medium]]:text-severity-medium [&_tr[data-type-key]_[data-severity=high]]:text-severity-high",
  "[&_tr[data-type-key]_[data-severity=critical]]:text-severity-critical",
  "[&_tr[data-type-key]_[data-severity=critical]]:border-current/40 [&_tr[data-type-key]_[data-severity=critical]]:font-semibold",
].join(" ");

/**
 * The matching types: grouped under their categories while browsing, one list ranked by relevance
 * (with a category column) while searching. An empty state offers to clear the filters.
 */
export async function CatalogResults({ results, categories, params }: CatalogResultsProps) {
  const t = await getTranslations("catalog");
  if (results.length === 0) {
    return (
      <EmptyState
        icon={SearchX}
        title={t("results.emptyTitle")}
        description={
          params.q
            ? `${t("results.emptyQuery", { query: params.q })} ${t("results.emptyDescription")}`
            : t("results.emptyDescription")
        }
        action={
          <Button asChild variant="outline">
            <Link href="/catalog">{t("filters.clear")}</Link>
          </Button>
        }
      />
    );
  }

  const grouped = params.q === "";
  const columns = grouped ? 5 : 6;
  return (
    <div className="rounded-lg border bg-card text-card-foreground">
      <LockSymbol />
      <Table className={`${TYPE_ROWS} ${SEVERITY_BADGES}`}>
        <TableCaption className="sr-only">{t("results.caption")}</TableCaption>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead className="px-3">{t("results.name")}</TableHead>
            <TableHead className="hidden md:table-cell">{t("results.key")}</TableHead>
            <TableHead>{t("results.severity")}</TableHead>
            <TableHead className="hidden lg:table-cell">{t("results.kind")}</TableHead>
            {grouped ? null : <TableHead className="hidden xl:table-cell">{t("results.category")}</TableHead>}
            <TableHead className="w-24 pr-3 text-center">{t("results.mandatory")}</TableHead>
          </TableRow>
        </TableHeader>
        {grouped ? (
          categories
            .map((category) => ({
              category,
              types: results.filter((type) => type.categoryKey === category.key),
            }))
            .filter((group) => group.types.length > 0)
            .map(({ category, types }) => (
              <TableBody key={category.key} data-testid="catalog-group" data-category-key={category.key}>
                <TableRow className="bg-muted/40 hover:bg-muted/40">
                  <th scope="rowgroup" colSpan={columns} className="px-3 py-2.5 text-left font-normal">
                    <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
                      <h2 className="text-sm font-semibold">
                        <Link
                          href={catalogHref({ ...params, category: category.key }) as Route}
                          className="hover:underline"
                        >
                          {category.name}
                        </Link>
                      </h2>
                      <span className="text-xs text-muted-foreground tabular-nums">
                        {t("results.groupCount", { count: types.length })}
                      </span>
                      <p className="basis-full text-xs text-muted-foreground">{category.description}</p>
                    </div>
                  </th>
                </TableRow>
                {types.map((type) => (
                  <TypeRow key={type.key} type={rowData(type)} />
                ))}
              </TableBody>
            ))
        ) : (
          <TableBody>
            {results.map((type) => (
              <TypeRow
                key={type.key}
                type={rowData(type)}
                categoryName={categories.find((category) => category.key === type.categoryKey)?.name ?? ""}
              />
            ))}
          </TableBody>
        )}
      </Table>
    </div>
  );
}
