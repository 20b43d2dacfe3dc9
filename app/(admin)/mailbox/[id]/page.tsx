import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { HeadersTable } from "@/components/history/headers-table";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { EmailPreview } from "@/components/templates/email-preview";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { requireDetail } from "@/lib/auth/require-detail";
import { STAFF } from "@/lib/auth/viewer";
import { getMailboxMessage } from "@/lib/history/mailbox";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history.mailbox");
  return { title: t("messageTitle") };
}

// GET /mailbox/[id] – one stored message: the HTML in a script-less sandboxed frame, the text part and
// every header (ADMIN, AUDITOR).
export default async function MailboxMessagePage({ params }: { params: Params }) {
  const { detail: message } = await requireDetail(STAFF, params, getMailboxMessage);
  const [t, format] = await Promise.all([getTranslations("history.mailbox"), getFormatter()]);

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: t("title"), href: "/mailbox" }, { label: message.subject }]} />
        <PageHeader
          title={message.subject}
          description={t("messageDescription", {
            from: message.from,
            to: message.to,
            at: format.dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "medium" }),
          })}
        />
      </div>
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_28rem]">
        <EmailPreview
          email={{ subject: message.subject, html: message.html, text: message.text }}
          viewport="desktop"
          loading={false}
          updating={false}
          stale={false}
        />
        <SectionCard title={t("headers")}>
          <HeadersTable
            headers={[
              ["From", message.from],
              ["To", message.to],
              ["Subject", message.subject],
              ...message.headers,
            ]}
            testId="mailbox-headers"
          />
        </SectionCard>
      </div>
    </div>
  );
}
