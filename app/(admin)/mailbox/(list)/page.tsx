import { Inbox, SearchX } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { KeysetPager } from "@/components/history/keyset-pager";
import { MailboxSearch } from "@/components/mailbox/mailbox-search";
import { MailboxTable } from "@/components/mailbox/mailbox-table";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/viewer";
import { listMailbox, parseMailboxSearchParams } from "@/lib/history/mailbox";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history.mailbox");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

function mailboxHref(q: string | undefined, cursor: string | null) {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/mailbox?${query}` : "/mailbox";
}

// GET /mailbox?q=&cursor= – what the built-in Mailbox transport stored, newest first (ADMIN, AUDITOR).
export default async function MailboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePage("/mailbox");
  const { q, cursor, invalidCursor } = parseMailboxSearchParams(await searchParams);
  const [page, t] = await Promise.all([
    listMailbox(viewer, { q, cursor }),
    getTranslations("history.mailbox"),
  ]);

  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <MailboxSearch q={q} />
      {invalidCursor ? (
        <Alert variant="warning" role="status">
          <AlertDescription>{t("invalidCursor")}</AlertDescription>
        </Alert>
      ) : null}
      {page.rows.length === 0 ? (
        <EmptyState
          icon={q ? SearchX : Inbox}
          title={q ? t("noMatches") : t("empty")}
          description={q ? t("noMatchesDescription") : t("emptyDescription")}
        />
      ) : (
        <Card className="px-2 py-0">
          <MailboxTable rows={page.rows} />
        </Card>
      )}
      <KeysetPager hrefFor={(next) => mailboxHref(q, next)} newer={page.newer} older={page.older} />
    </div>
  );
}
