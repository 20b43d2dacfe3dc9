import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HistoryTable } from "@/components/history/history-table";
import { KeysetPager } from "@/components/history/keyset-pager";
import { ReceivedTabs } from "@/components/history/received-tabs";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { decodeHistoryCursor } from "@/lib/history/cursor";
import { firstValues } from "@/lib/history/filters";
import { typeNames } from "@/lib/history/labels";
import { listReceived } from "@/lib/history/queries";
import { readerLocale } from "@/lib/subscriptions/page-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history.received");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

const hrefFor = (cursor: string | null) =>
  cursor ? `/me/notifications/received?cursor=${cursor}` : "/me/notifications/received";

// GET /me/notifications/received?cursor= – the e-mails Herald sent me, newest first (every signed-in person, their own only).
export default async function ReceivedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const token = firstValues(await searchParams).cursor;
  const cursor = token ? decodeHistoryCursor(token) : null;
  const [page, locale, t, th] = await Promise.all([
    listReceived(viewer, { cursor }),
    readerLocale(),
    getTranslations("history.received"),
    getTranslations("subscriptions.me"),
  ]);

  return (
    <div className="grid gap-6">
      <PageHeader title={th("title")} description={t("description")} />
      <ReceivedTabs current="received" />
      {page.rows.length === 0 ? (
        <EmptyState icon={Inbox} title={t("empty")} description={t("emptyDescription")} />
      ) : (
        <Card className="px-2 py-0">
          <HistoryTable
            rows={page.rows}
            typeNames={typeNames(locale)}
            hrefFor={(id) => `/me/notifications/received/${id}`}
            showRecipient={false}
            caption={t("caption")}
          />
        </Card>
      )}
      <KeysetPager hrefFor={hrefFor} newer={page.newer} older={page.older} />
    </div>
  );
}
