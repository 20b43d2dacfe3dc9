import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import { getTimeZone, getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPager, auditPageHref } from "@/components/audit/audit-pager";
import { AuditTable } from "@/components/audit/audit-table";
import { ListPage } from "@/components/shell/list-page";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/link-button";
import { TableCard } from "@/components/ui/table-card";
import { auditFilterOptions, listAuditEntries, parseAuditSearchParams } from "@/lib/audit/queries";
import { requirePage } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

// GET /audit?actor=&action=&targetType=&targetId=&from=&to=&cursor= – the audit log, newest first,
// paged by an opaque (createdAt, id) cursor. A cursor that is not ours is ignored, with a notice.
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePage("/audit");
  const params = await searchParams;
  const { filters, cursor, invalidCursor, invalid } = parseAuditSearchParams(params);
  const [result, options, t, timeZone] = await Promise.all([
    listAuditEntries(viewer, { filters, cursor }),
    auditFilterOptions(viewer, {}),
    getTranslations("audit"),
    getTimeZone(),
  ]);
  const backToNewest = cursor ? (
    <LinkButton variant="outline" href={auditPageHref(params, null)}>
      {t("pagination.backToNewest")}
    </LinkButton>
  ) : null;

  return (
    <ListPage
      title={t("title")}
      description={t("description")}
      filters={<AuditFilters filters={filters} targetTypes={options.targetTypes} actions={options.actions} />}
      toolbarClassName="sm:flex-col sm:items-stretch"
      invalid={invalid}
      notices={
        <>
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
        </>
      }
      isEmpty={result.entries.length === 0}
      filtered={Object.values(filters).some(Boolean)}
      empty={{
        icon: ScrollText,
        title: t("empty.title"),
        description: t("empty.description"),
        action: backToNewest,
      }}
      noMatches={{
        title: t("empty.filteredTitle"),
        description: t("empty.filteredDescription"),
        action: backToNewest,
      }}
      pagination={<AuditPager searchParams={params} newer={result.newer} older={result.older} />}
    >
      <TableCard
        summary={t("results", { count: result.entries.length })}
        note={t("table.timeZone", { timeZone })}
      >
        <AuditTable entries={result.entries} />
      </TableCard>
    </ListPage>
  );
}
