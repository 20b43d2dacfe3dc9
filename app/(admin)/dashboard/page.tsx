import { AlertTriangle, Clock, Inbox, Send } from "lucide-react";
import type { Metadata, Route } from "next";
import Link from "next/link";
import { getFormatter, getTimeZone, getTranslations } from "next-intl/server";
import { SendsChart } from "@/components/dashboard/sends-chart";
import { StatCard } from "@/components/dashboard/stat-card";
import { HistoryTable } from "@/components/history/history-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollFrame } from "@/components/ui/scroll-frame";
import { SectionCard } from "@/components/ui/section-card";
import type { DeliveryStatus } from "@/generated/prisma/enums";
import { requirePage } from "@/lib/auth/viewer";
import {
  DASHBOARD_DAYS,
  FAILURE_STATUSES,
  getDashboardFigures,
  periodFilters,
  QUEUE_FILTERS,
  SENT_STATUSES,
} from "@/lib/history/dashboard";
import { historyHref, type HistoryFilters } from "@/lib/history/filters";
import { typeNames } from "@/lib/history/labels";
import { readerLocale } from "@/lib/subscriptions/page-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history.dashboard");
  return { title: t("title") };
}

/** The chart's stacks, bottom to top, and their colours (CSS variables of the theme where one fits). */
const SERIES: { status: DeliveryStatus; color: string }[] = [
  { status: "DELIVERED", color: "var(--success)" },
  { status: "SENT", color: "#10b981" },
  { status: "DELAYED", color: "#f59e0b" },
  { status: "QUEUED", color: "#94a3b8" },
  { status: "SENDING", color: "#64748b" },
  { status: "SUPPRESSED", color: "#a78bfa" },
  { status: "CANCELLED", color: "#cbd5e1" },
  { status: "BOUNCED", color: "#fb7185" },
  { status: "COMPLAINED", color: "#e11d48" },
  { status: "FAILED", color: "var(--destructive)" },
];

// GET /dashboard – the landing page of ADMIN and AUDITOR: sends per day by status over 30 days,
// failures, the queue and the busiest types.
export default async function DashboardPage() {
  const viewer = await requirePage("/dashboard");
  const [figures, t, ts, format, locale, timeZone] = await Promise.all([
    getDashboardFigures(viewer),
    getTranslations("history.dashboard"),
    getTranslations("history.status"),
    getFormatter(),
    readerLocale(),
    getTimeZone(),
  ]);
  const names = typeNames(locale);
  const number = (value: number) => format.number(value);
  const dayLabel = (day: string) =>
    format.dateTime(new Date(`${day}T12:00:00Z`), { month: "short", day: "numeric", timeZone: "UTC" });
  const present = SERIES.filter(({ status }) => figures.days.some((day) => day.counts[status]));
  const days = figures.days.map((day) => ({ label: dayLabel(day.day), counts: day.counts }));
  const oldest = figures.queue.oldestDueAt;
  const waitingMinutes = figures.queue.oldestWaitMinutes;
  // Each link lists exactly the rows its figure counts: the same statuses over the same days.
  const historyOf = (filters: HistoryFilters) => historyHref("/history", filters);
  const ofPeriod = (filters: HistoryFilters) => historyOf(periodFilters(figures, filters));

  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={t("description", { days: DASHBOARD_DAYS, timeZone })} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard
          icon={Send}
          label={t("sent", { days: DASHBOARD_DAYS })}
          value={number(figures.totals.sent)}
          note={t("ofDeliveries", { count: figures.totals.deliveries })}
          href={ofPeriod({ status: SENT_STATUSES })}
          testId="stat-sent"
        />
        <StatCard
          icon={AlertTriangle}
          label={t("failures", { days: DASHBOARD_DAYS })}
          value={number(figures.totals.failures)}
          note={t("failuresNote")}
          href={ofPeriod({ status: FAILURE_STATUSES })}
          tone={figures.totals.failures > 0 ? "destructive" : "default"}
          testId="stat-failures"
        />
        <StatCard
          icon={Inbox}
          label={t("queueDepth")}
          value={number(figures.queue.due + figures.queue.sending)}
          note={t("queueNote", { sending: figures.queue.sending, scheduled: figures.queue.scheduled })}
          href={historyOf(QUEUE_FILTERS)}
          testId="stat-queue"
        />
        <StatCard
          icon={Clock}
          label={t("oldestQueued")}
          value={waitingMinutes === null ? t("none") : t("minutes", { count: waitingMinutes })}
          note={
            oldest
              ? t("dueSince", { at: format.dateTime(oldest, { dateStyle: "medium", timeStyle: "short" }) })
              : t("nothingDue")
          }
          tone={waitingMinutes !== null && waitingMinutes >= 5 ? "warning" : "default"}
          testId="stat-oldest"
        />
      </div>

      <SectionCard title={t("chartTitle")} description={t("chartDescription")} contentClassName="grid gap-3">
        {figures.totals.deliveries === 0 ? (
          <EmptyState icon={Send} title={t("noSends")} description={t("noSendsDescription")} />
        ) : (
          <>
            <div data-testid="sends-chart">
              <SendsChart
                days={days}
                series={present.map(({ status, color }) => ({ key: status, label: ts(status), color }))}
                title={t("chartTitle")}
                description={t("chartDescription")}
              />
            </div>
            <details className="text-sm">
              <summary className="cursor-pointer text-muted-foreground">{t("chartTable")}</summary>
              <ScrollFrame className="mt-2" label={t("chartTable")}>
                <table className="w-full text-xs tabular-nums" data-testid="sends-table">
                  <caption className="sr-only">{t("chartTitle")}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="p-1 text-left">
                        {t("day")}
                      </th>
                      {present.map(({ status }) => (
                        <th key={status} scope="col" className="p-1 text-right">
                          {ts(status)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {figures.days.map((day) => (
                      <tr key={day.day} className="border-t">
                        <th scope="row" className="p-1 text-left font-normal">
                          {dayLabel(day.day)}
                        </th>
                        {present.map(({ status }) => (
                          <td key={status} className="p-1 text-right">
                            {day.counts[status] ?? 0}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollFrame>
            </details>
          </>
        )}
      </SectionCard>

      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <SectionCard title={t("topTypes", { days: DASHBOARD_DAYS })}>
          {figures.topTypes.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("noSends")}</p>
          ) : (
            <ol className="grid gap-2" data-testid="top-types">
              {figures.topTypes.map((item) => (
                <li key={item.typeKey} className="flex items-center justify-between gap-3 text-sm">
                  <Link
                    href={ofPeriod({ type: item.typeKey }) as Route}
                    className="truncate underline-offset-4 hover:underline"
                  >
                    {names[item.typeKey] ?? item.typeKey}
                  </Link>
                  <span className="text-muted-foreground tabular-nums">{number(item.count)}</span>
                </li>
              ))}
            </ol>
          )}
        </SectionCard>
        <SectionCard title={t("recentFailures")} contentClassName="px-2">
          {figures.recentFailures.length === 0 ? (
            <p className="px-4 text-sm text-muted-foreground">{t("noFailures")}</p>
          ) : (
            <HistoryTable
              rows={figures.recentFailures}
              typeNames={names}
              hrefFor={(id) => `/history/${id}`}
              caption={t("recentFailures")}
            />
          )}
        </SectionCard>
      </div>
    </div>
  );
}
