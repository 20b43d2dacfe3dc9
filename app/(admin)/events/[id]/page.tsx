import type { Metadata, Route } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FactList, type Fact } from "@/components/history/fact-list";
import { HistoryTable } from "@/components/history/history-table";
import { JsonBlock } from "@/components/history/json-block";
import { StatusBadge } from "@/components/history/status-badge";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { requireDetail } from "@/lib/auth/require-detail";
import { STAFF } from "@/lib/auth/viewer";
import { historyHref } from "@/lib/history/filters";
import { typeNames } from "@/lib/history/labels";
import { getEventDetail } from "@/lib/history/queries";
import { readerLocale } from "@/lib/subscriptions/page-data";
import { MailX } from "lucide-react";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history.event");
  return { title: t("title") };
}

// GET /events/[id] – one event: payload, source, origin, duplicates counted on it, and its deliveries
// grouped by status, each group linking to the full list in the history (ADMIN, AUDITOR).
export default async function EventPage({ params }: { params: Params }) {
  const { detail } = await requireDetail(STAFF, params, getEventDetail);
  const { event, groups } = detail;
  const [t, th, locale, format] = await Promise.all([
    getTranslations("history.event"),
    getTranslations("history"),
    readerLocale(),
    getFormatter(),
  ]);
  const names = typeNames(locale);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" }) : "—";
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  const facts: Fact[] = [
    [
      t("type"),
      <Link
        key="type"
        href={`/catalog/${event.typeKey}` as Route}
        className="underline-offset-4 hover:underline"
      >
        {names[event.typeKey] ?? event.typeKey}
      </Link>,
    ],
    [t("origin"), t(`origins.${event.origin}`)],
    [t("source"), event.source ?? "—"],
    [
      t("sentBy"),
      event.createdBy
        ? `${event.createdBy.name} <${event.createdBy.email}>`
        : event.apiKey
          ? t("apiKey", { name: event.apiKey.name })
          : "—",
    ],
    [t("occurredAt"), when(event.occurredAt)],
    [t("receivedAt"), when(event.createdAt)],
    [t("dedupKey"), event.dedupKey ?? "—"],
    [
      t("duplicates"),
      event.duplicateCount > 0
        ? t("duplicateCount", { count: event.duplicateCount, last: when(event.lastDuplicateAt) })
        : t("noDuplicates"),
    ],
    [t("deliveries"), total],
  ];

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: th("title"), href: "/history" }, { label: t("title") }]} />
        <PageHeader
          title={names[event.typeKey] ?? event.typeKey}
          description={t("description", { id: event.id })}
        />
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <SectionCard title={t("factsHeading")}>
          <FactList facts={facts} labelWidth="10rem" testId="event-facts" />
        </SectionCard>
        <SectionCard title={t("payloadHeading")}>
          <JsonBlock value={event.payload} label={t("payloadHeading")} testId="event-payload" />
        </SectionCard>
      </div>
      <section aria-labelledby="deliveries-heading" className="grid gap-4">
        <h2 id="deliveries-heading" className="text-lg font-semibold">
          {t("deliveriesHeading")}
        </h2>
        {groups.length === 0 ? (
          <EmptyState icon={MailX} title={t("noDeliveries")} description={t("noDeliveriesDescription")} />
        ) : (
          groups.map((group) => (
            <Card
              key={group.status}
              className="gap-2"
              data-testid="event-status-group"
              data-status={group.status}
            >
              <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
                <CardTitle as="h3" className="flex items-center gap-2">
                  <StatusBadge status={group.status} />
                  <span className="tabular-nums">{group.count}</span>
                </CardTitle>
                <Link
                  href={historyHref("/history", { event: event.id, status: group.status }) as Route}
                  className="text-sm underline-offset-4 hover:underline"
                >
                  {t("seeAll", { count: group.count })}
                </Link>
              </CardHeader>
              <CardContent className="px-2">
                <HistoryTable
                  rows={group.deliveries}
                  typeNames={names}
                  hrefFor={(deliveryId) => `/history/${deliveryId}`}
                  caption={t("groupCaption", { status: group.status })}
                />
              </CardContent>
            </Card>
          ))
        )}
      </section>
    </div>
  );
}
