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
import styles from "./type-rows.module.css";
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
      <Table className={styles.rows}>
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
