import { History, SearchX } from "lucide-react";
import type { Metadata, Route } from "next";
import Link from "next/link";
import { getTimeZone, getTranslations } from "next-intl/server";
import { HistoryFilters } from "@/components/history/history-filters";
import { HistoryTable } from "@/components/history/history-table";
import { KeysetPager } from "@/components/history/keyset-pager";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/viewer";
import { hasFilters, historyHref, parseHistorySearchParams } from "@/lib/history/filters";
import { categoryOptions, typeNames, typeOptions } from "@/lib/history/labels";
import { listDeliveries } from "@/lib/history/queries";
import { readerLocale } from "@/lib/subscriptions/page-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

// GET /history?type=&category=&status=&status=…&due=now&recipient=&from=&to=&event=&cursor= – every
// delivery, newest first, paged by an opaque (createdAt, id) cursor (ADMIN, AUDITOR). A cursor not ours
// is ignored; an event id that is not one is ignored and the form says so.
export default async function HistoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePage("/history");
  const { filters, cursor, invalidCursor, invalidEvent } = parseHistorySearchParams(await searchParams);
  const [page, locale, t, timeZone] = await Promise.all([
    listDeliveries(viewer, { filters, cursor }),
    readerLocale(),
    getTranslations("history"),
    getTimeZone(),
  ]);
  const filtered = hasFilters(filters);

  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <HistoryFilters
        filters={filters}
        invalidEvent={invalidEvent}
        categories={categoryOptions(locale)}
        types={typeOptions(locale)}
      />
      {invalidCursor ? (
        <Alert variant="warning" role="status">
          <AlertDescription>{t("pagination.invalidCursor")}</AlertDescription>
        </Alert>
      ) : null}
      {page.rows.length === 0 ? (
        <EmptyState
          icon={filtered ? SearchX : History}
          title={filtered ? t("empty.filteredTitle") : t("empty.title")}
          description={filtered ? t("empty.filteredDescription") : t("empty.description")}
          action={
            cursor ? (
              <Button variant="outline" asChild>
                <Link href={historyHref("/history", filters) as Route}>{t("pagination.backToNewest")}</Link>
              </Button>
            ) : null
          }
        />
      ) : (
        <Card className="gap-0 py-0">
          <div className="flex flex-wrap items-center justify-between gap-2 border-b px-4 py-3 text-sm text-muted-foreground">
            <p aria-live="polite">{t("results", { count: page.rows.length })}</p>
            <p>{t("timeZone", { timeZone })}</p>
          </div>
          <div className="px-2">
            <HistoryTable
              rows={page.rows}
              typeNames={typeNames(locale)}
              hrefFor={(id) => `/history/${id}`}
              caption={t("table.caption")}
            />
          </div>
        </Card>
      )}
      <KeysetPager
        hrefFor={(next) => historyHref("/history", filters, next)}
        newer={page.newer}
        older={page.older}
      />
    </div>
  );
}
