import { ScrollText, SearchX } from "lucide-react";
import type { Metadata, Route } from "next";
import Link from "next/link";
import { getTimeZone, getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPager, auditPageHref } from "@/components/audit/audit-pager";
import { AuditTable } from "@/components/audit/audit-table";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { auditFilterOptions, listAuditEntries, parseAuditSearchParams } from "@/lib/audit/queries";
import { requireViewer, STAFF } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

// GET /audit?actor=&action=&targetType=&targetId=&from=&to=&cursor= – the audit log, newest first,
// paged by an opaque (createdAt, id) cursor. A cursor that is not ours is ignored, with a notice.
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer(STAFF);
  const params = await searchParams;
  const { filters, cursor, invalidCursor } = parseAuditSearchParams(params);
  const [result, options, t, timeZone] = await Promise.all([
    listAuditEntries(viewer, { filters, cursor }),
    auditFilterOptions(viewer),
    getTranslations("audit"),
    getTimeZone(),
  ]);
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <AuditFilters filters={filters} targetTypes={options.targetTypes} actions={options.actions} />
      {invalidCursor ? (
        <Alert variant="warning" role="status">
          <AlertDescription>{t("pagination.invalidCursor")}</AlertDescription>
        </Alert>
      ) : null}
      {filters.targetId ? (
        <p className="text-sm text-muted-foreground">
          {t("filters.targetId", { targetType: filters.targetType ?? "", targetId: filters.targetId })}
        </p>
      ) : null}
      {result.entries.length === 0 ? (
        <EmptyState
          icon={filtered ? SearchX : ScrollText}
          title={filtered ? t("empty.filteredTitle") : t("empty.title")}
          description={filtered ? t("empty.filteredDescription") : t("empty.description")}
          action={
            cursor ? (
              <Button variant="outline" asChild>
                <Link href={auditPageHref(params, null) as Route}>{t("pagination.backToNewest")}</Link>
              </Button>
            ) : null
          }
        />
      ) : (
        <Card className="gap-0 py-0">
          <div className="flex flex-wrap items-center justify-between gap-2 border-b px-4 py-3 text-sm text-muted-foreground">
            <p aria-live="polite">{t("results", { count: result.entries.length })}</p>
            <p>{t("table.timeZone", { timeZone })}</p>
          </div>
          <div className="px-2">
            <AuditTable entries={result.entries} />
          </div>
        </Card>
      )}
      <AuditPager searchParams={params} newer={result.newer} older={result.older} />
    </div>
  );
}
