import type { Metadata, Route } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeliveryActions } from "@/components/history/delivery-actions";
import { DeliveryTimeline } from "@/components/history/delivery-timeline";
import { FactList, type Fact } from "@/components/history/fact-list";
import { HeadersTable } from "@/components/history/headers-table";
import { JsonBlock } from "@/components/history/json-block";
import { StatusBadge } from "@/components/history/status-badge";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { EmailPreview } from "@/components/templates/email-preview";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { requireDetail } from "@/lib/auth/require-detail";
import { STAFF } from "@/lib/auth/viewer";
import { typeNames } from "@/lib/history/labels";
import { getDeliveryDetail } from "@/lib/history/queries";
import { RESENDABLE } from "@/lib/history/resend";
import { readerLocale } from "@/lib/subscriptions/page-data";
import { ReasonList } from "@/components/subscriptions/reason-list";
import { categoryNames } from "@/lib/subscriptions/catalog-view";
import type { Reason } from "@/lib/subscriptions/types";
import { MailQuestion } from "lucide-react";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history.detail");
  return { title: t("title") };
}

// GET /history/[id] – one delivery: its e-mail as sent, headers, attempts and provider feedback, the
// event's payload; ADMIN may retry it (FAILED) or resend it (went out).
export default async function DeliveryPage({ params }: { params: Params }) {
  const { viewer, detail } = await requireDetail(STAFF, params, getDeliveryDetail);
  const { delivery, event, email, headers, timeline } = detail;
  const [t, th, locale, format] = await Promise.all([
    getTranslations("history.detail"),
    getTranslations("history"),
    readerLocale(),
    getFormatter(),
  ]);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" }) : "—";
  const isAdmin = viewer.role === "ADMIN";
  const facts: Fact[] = [
    [t("recipient"), `${delivery.name} <${delivery.email}>`],
    [t("recipientKind"), t(`kinds.${delivery.recipientKind}`)],
    [t("mode"), t(`modes.${delivery.mode}`)],
    [t("localeZone"), `${delivery.locale} · ${delivery.timeZone}`],
    [t("created"), when(delivery.createdAt)],
    [t("availableAt"), when(delivery.availableAt)],
    [t("sentAt"), when(delivery.sentAt)],
    [t("attempts"), delivery.attemptCount],
    [t("transport"), delivery.transport ?? "—"],
    [t("providerMessageId"), delivery.providerMessageId ?? "—"],
    [t("idempotencyKey"), delivery.idempotencyKey],
  ];

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: th("title"), href: "/history" }, { label: t("title") }]} />
        <PageHeader
          title={
            email?.subject ?? delivery.subject ?? typeNames(locale)[delivery.typeKey] ?? delivery.typeKey
          }
          description={
            <span className="flex flex-wrap items-center gap-2">
              <StatusBadge status={delivery.status} />
              <span>{typeNames(locale)[delivery.typeKey] ?? delivery.typeKey}</span>
              <Link
                href={`/events/${event.id}` as Route}
                className="underline-offset-4 hover:underline"
                data-testid="delivery-event-link"
              >
                {t("eventLink")}
              </Link>
            </span>
          }
          actions={
            isAdmin ? (
              <DeliveryActions
                id={delivery.id}
                canRetry={delivery.status === "FAILED"}
                canResend={RESENDABLE.includes(delivery.status)}
              />
            ) : null
          }
        />
      </div>
      {delivery.lastError ? (
        <p
          className="rounded-lg border border-destructive/40 bg-destructive/5 p-3 text-sm"
          data-testid="last-error"
        >
          <span className="font-medium">{t("lastError")}: </span>
          {delivery.lastError}
        </p>
      ) : null}

      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="email-heading" className="grid min-w-0 gap-3">
          <h2 id="email-heading" className="font-semibold">
            {t("emailHeading")}
          </h2>
          {email ? (
            <EmailPreview email={email} viewport="desktop" loading={false} updating={false} stale={false} />
          ) : (
            <EmptyState icon={MailQuestion} title={t("noEmail")} description={t("noEmailDescription")} />
          )}
          <SectionCard title={t("headersHeading")} as="h3">
            <HeadersTable headers={headers} testId="delivery-headers" />
          </SectionCard>
        </section>
        <div className="grid min-w-0 gap-6">
          <SectionCard title={t("factsHeading")}>
            <FactList facts={facts} labelWidth="9rem">
              <div className="grid grid-cols-[9rem_minmax(0,1fr)] gap-2">
                <dt className="text-muted-foreground">{t("reasons")}</dt>
                <dd>
                  <ReasonList
                    reasons={Array.isArray(delivery.reasons) ? (delivery.reasons as unknown as Reason[]) : []}
                    categoryNames={categoryNames(locale)}
                  />
                </dd>
              </div>
            </FactList>
          </SectionCard>
          <SectionCard title={t("timelineHeading")}>
            <DeliveryTimeline entries={timeline} />
          </SectionCard>
          <SectionCard title={t("payloadHeading")}>
            <JsonBlock value={event.payload} label={t("payloadHeading")} testId="event-payload" />
          </SectionCard>
        </div>
      </div>
    </div>
  );
}
