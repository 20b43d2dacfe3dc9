import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/history/status-badge";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { EmailPreview } from "@/components/templates/email-preview";
import { PageHeader } from "@/components/ui/page-header";
import { requireDetail } from "@/lib/auth/require-detail";
import { typeNames } from "@/lib/history/labels";
import { getReceivedEmail } from "@/lib/history/queries";
import { readerLocale } from "@/lib/subscriptions/page-data";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history.received");
  return { title: t("title") };
}

// GET /me/notifications/received/[id] – one e-mail Herald sent me, as sent. Someone else's reads as not found.
export default async function ReceivedEmailPage({ params }: { params: Params }) {
  const { detail: received } = await requireDetail(undefined, params, getReceivedEmail);
  const [t, locale, format] = await Promise.all([
    getTranslations("history.received"),
    readerLocale(),
    getFormatter(),
  ]);
  const name = typeNames(locale)[received.typeKey] ?? received.typeKey;
  const at = received.sentAt ?? received.createdAt;

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: t("back"), href: "/me/notifications/received" }, { label: name }]} />
        <PageHeader
          title={received.email?.subject ?? received.subject ?? name}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <StatusBadge status={received.status} />
              <span>{name}</span>
              <span>
                {t("sentAt", { at: format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }) })}
              </span>
            </span>
          }
        />
      </div>
      {received.email ? (
        <EmailPreview
          email={{ subject: received.email.subject, html: received.email.html, text: received.email.text }}
          viewport="desktop"
          loading={false}
          updating={false}
          stale={false}
        />
      ) : null}
    </div>
  );
}
