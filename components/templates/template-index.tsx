"use client";

import { ChevronRight, Search, SearchX } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import type { TemplateListCategory } from "@/lib/templates/queries";

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();

/** Every type by category, filterable, each linking to its preview. */
export function TemplateIndex({ categories }: { categories: TemplateListCategory[] }) {
  const t = useTranslations();
  const [query, setQuery] = useState("");
  const shown = useMemo(() => {
    const needle = fold(query.trim());
    if (!needle) return categories;
    return categories
      .map((category) => ({
        ...category,
        types: category.types.filter((type) =>
          fold(`${type.name} ${type.key} ${category.name}`).includes(needle),
        ),
      }))
      .filter((category) => category.types.length > 0);
  }, [categories, query]);

  return (
    <div className="grid gap-6">
      <div className="relative max-w-md">
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
        />
        <Input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-label={t("templates.index.filterLabel")}
          placeholder={t("templates.index.filterPlaceholder")}
          className="pl-9"
          data-testid="template-filter"
        />
      </div>
      {shown.length === 0 ? (
        <EmptyState
          icon={SearchX}
          title={t("templates.index.noMatchTitle", { query })}
          description={t("templates.index.noMatchDescription")}
        />
      ) : null}
      {shown.map((category) => (
        <section key={category.key} aria-labelledby={`category-${category.key}`} className="grid gap-2">
          <div className="flex items-baseline justify-between gap-2">
            <h2 id={`category-${category.key}`} className="text-base font-semibold">
              {category.name}
            </h2>
            <span className="text-xs text-muted-foreground">
              {t("templates.index.categoryCount", { count: category.types.length })}
            </span>
          </div>
          <Table framed>
            <TableColumns
              columns={[
                { label: t("templates.index.type"), className: "w-full pl-4" },
                { label: t("templates.index.severity") },
                { label: t("templates.index.kind"), className: "hidden md:table-cell" },
                { label: t("templates.index.texts") },
                { label: t("common.actions"), className: "w-8", srOnly: true },
              ]}
            />
            <TableBody>
              {category.types.map((type) => (
                <TableRow
                  key={type.key}
                  className="group relative"
                  data-testid="template-row"
                  data-key={type.key}
                >
                  <TableCell className="pl-4">
                    <Link
                      href={`/templates/${type.key}`}
                      className="font-medium after:absolute after:inset-0 hover:underline focus-visible:underline"
                    >
                      {type.name}
                    </Link>
                    <div className="flex flex-wrap items-center gap-2">
                      <code className="font-mono text-xs text-muted-foreground">{type.key}</code>
                      {type.mandatory ? (
                        <Badge variant="outline" className="text-[10px]">
                          {t("templates.index.mandatory")}
                        </Badge>
                      ) : null}
                    </div>
                  </TableCell>
                  <TableCell>
                    <SeverityBadge severity={type.severity} label={t(`common.severity.${type.severity}`)} />
                  </TableCell>
                  <TableCell className="hidden text-muted-foreground md:table-cell">
                    {t(`common.kind.${type.kind}`)}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">
                    {type.customized.length > 0 ? (
                      <Badge variant="warning">
                        {t("templates.index.customized", { locales: type.customized.join(", ") })}
                      </Badge>
                    ) : (
                      <span className="text-xs text-muted-foreground">{t("templates.index.default")}</span>
                    )}
                  </TableCell>
                  <TableCell>
                    <ChevronRight
                      aria-hidden
                      className="size-4 text-muted-foreground group-hover:text-foreground"
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ))}
    </div>
  );
}
