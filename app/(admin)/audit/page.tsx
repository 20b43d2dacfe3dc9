import { ScrollText, SearchX } from "lucide-react";
import type { Metadata } from "next";
import { getTimeZone, getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buildPageHref, Pagination } from "@/components/ui/pagination";
import { auditFilterOptions, listAuditEntries, parseAuditSearchParams } from "@/lib/audit/queries";
import { requireViewer, STAFF } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer(STAFF);
  const params = await searchParams;
  const { filters, page } = parseAuditSearchParams(params);
  const [result, options, t, tc, timeZone] = await Promise.all([
    listAuditEntries(viewer, filters, page),
    auditFilterOptions(viewer),
    getTranslations("audit"),
    getTranslations("common"),
    getTimeZone(),
  ]);
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <AuditFilters filters={filters} targetTypes={options.targetTypes} actions={options.actions} />
      {filters.targetId ? (
        <p className="text-sm text-muted-foreground">
          {t("filters.targetId", { targetType: filters.targetType ?? "", targetId: filters.targetId })}
        </p>
      ) : null}
      {result.total === 0 ? (
        <EmptyState
          icon={filtered ? SearchX : ScrollText}
          title={filtered ? t("empty.filteredTitle") : t("empty.title")}
          description={filtered ? t("empty.filteredDescription") : t("empty.description")}
        />
      ) : (
        <Card className="gap-0 py-0">
          <div className="flex flex-wrap items-center justify-between gap-2 border-b px-4 py-3 text-sm text-muted-foreground">
            <p aria-live="polite">{t("results", { count: result.total })}</p>
            <p>{t("table.timeZone", { timeZone })}</p>
          </div>
          <div className="px-2">
            <AuditTable entries={result.entries} />
          </div>
        </Card>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(n) => buildPageHref("/audit", params, n)}
        labels={{
          previous: tc("previous"),
          next: tc("next"),
          page: (n, total) => t("pagination.page", { page: n, total }),
          navigation: t("pagination.label"),
        }}
      />
    </div>
  );
}
