// The dashboard's figures: sends per day by status over 30 days, failures, the busiest types and the
// state of the queue. A handful of aggregate queries, each served by an index on Delivery.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DeliveryStatus, Role } from "@/generated/prisma/enums";
import { addDays, calendarDayIn, startOfDay } from "@/lib/audit/calendar-day";
import { db as defaultDb, type Database } from "@/lib/db";
import { assertReader } from "./access";
import { DUE_NOW, type HistoryFilters } from "./filters";
import { deliveryRowSelect, type DeliveryRow } from "./rows";

export const DASHBOARD_DAYS = 30;
/** Statuses that count as a failure on the dashboard. */
export const FAILURE_STATUSES: DeliveryStatus[] = ["FAILED", "BOUNCED", "COMPLAINED"];
/** Statuses that count as sent on the dashboard. */
export const SENT_STATUSES: DeliveryStatus[] = ["SENT", "DELIVERED", "DELAYED"];
/** What the workers have to do: QUEUED and due now (`due=now` drops those due later) or SENDING. */
export const QUEUE_FILTERS = { status: ["QUEUED", "SENDING"], due: DUE_NOW } satisfies HistoryFilters;

export interface DashboardFigures {
  /** Calendar days (YYYY-MM-DD, the viewer's zone), oldest first, each with its count per status. */
  days: { day: string; counts: Partial<Record<DeliveryStatus, number>>; total: number }[];
  totals: { deliveries: number; failures: number; sent: number };
  topTypes: { typeKey: string; count: number }[];
  queue: {
    /** QUEUED and due now, plus SENDING: what the workers have to do. */
    due: number;
    sending: number;
    /** QUEUED for later: quiet hours, digests, back-off. */
    scheduled: number;
    /** When the longest-waiting due delivery became due; null when nothing is due. */
    oldestDueAt: Date | null;
    /** How long it has been waiting, in whole minutes (null when nothing is due). */
    oldestWaitMinutes: number | null;
  };
  recentFailures: DeliveryRow[];
}

interface DayRow {
  day: string;
  status: DeliveryStatus;
  count: number;
}

/** Figures for the dashboard (ADMIN, AUDITOR), days counted in the viewer's time zone. */
export async function getDashboardFigures(
  viewer: { role: Role; timeZone: string },
  now: Date = new Date(),
  db: Database = defaultDb,
): Promise<DashboardFigures> {
  assertReader(viewer);
  const timeZone = validZone(viewer.timeZone);
  const days = lastDays(now, timeZone, DASHBOARD_DAYS);
  const since = startOfDay(days[0]!, timeZone);

  const [perDay, topTypes, queue, recentFailures] = await Promise.all([
    // Grouped by the date, formatted per group: to_char on each of 30 days' rows (75,000 in
    // bench/pages.bench.ts) doubled the query's time.
    db.$queryRaw<DayRow[]>(Prisma.sql`
      SELECT to_char(day, 'YYYY-MM-DD') AS day, status, count
      FROM (
        SELECT ("createdAt" AT TIME ZONE ${timeZone})::date AS day, status, count(*)::int AS count
        FROM "Delivery"
        WHERE "createdAt" >= ${since}
        GROUP BY 1, 2
      ) per_day`),
    db.$queryRaw<{ typeKey: string; count: number }[]>(Prisma.sql`
      SELECT "typeKey", count(*)::int AS count
      FROM "Delivery"
      WHERE "createdAt" >= ${since}
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5`),
    // The partial indexes Delivery_due_idx and Delivery_lease_idx keep these cheap at any history size.
    db.$queryRaw<{ due: number; scheduled: number; sending: number; oldestDueAt: Date | null }[]>(Prisma.sql`
      SELECT
        (SELECT count(*)::int FROM "Delivery" WHERE status = 'QUEUED' AND "availableAt" <= ${now}) AS due,
        (SELECT count(*)::int FROM "Delivery" WHERE status = 'QUEUED' AND "availableAt" > ${now}) AS scheduled,
        (SELECT count(*)::int FROM "Delivery" WHERE status = 'SENDING') AS sending,
        (SELECT min("availableAt") FROM "Delivery" WHERE status = 'QUEUED' AND "availableAt" <= ${now}) AS "oldestDueAt"`),
    db.delivery.findMany({
      where: { status: { in: FAILURE_STATUSES } },
      select: deliveryRowSelect,
      orderBy: [{ statusChangedAt: "desc" }, { id: "desc" }],
      take: 5,
    }),
  ]);

  const byDay = new Map(
    days.map((day) => [day, { day, counts: {} as Partial<Record<DeliveryStatus, number>>, total: 0 }]),
  );
  let deliveries = 0;
  let failures = 0;
  let sent = 0;
  for (const row of perDay) {
    const entry = byDay.get(row.day);
    if (!entry) continue; // created after `now` (a clock ahead of ours)
    entry.counts[row.status] = row.count;
    entry.total += row.count;
    deliveries += row.count;
    if (FAILURE_STATUSES.includes(row.status)) failures += row.count;
    if (SENT_STATUSES.includes(row.status)) sent += row.count;
  }
  const queueRow = queue[0] ?? { due: 0, scheduled: 0, sending: 0, oldestDueAt: null };
  return {
    days: [...byDay.values()],
    totals: { deliveries, failures, sent },
    topTypes,
    queue: {
      due: queueRow.due,
      scheduled: queueRow.scheduled,
      sending: queueRow.sending,
      oldestDueAt: queueRow.oldestDueAt,
      oldestWaitMinutes: queueRow.oldestDueAt
        ? Math.max(0, Math.floor((now.getTime() - queueRow.oldestDueAt.getTime()) / 60_000))
        : null,
    },
    recentFailures,
  };
}

/**
 * The history filters listing the rows counted over the figures' days (`from`–`to` in the viewer's zone,
 * as the figures were counted), for the cards' and the top types' links.
 */
export function periodFilters(figures: DashboardFigures, filters: HistoryFilters): HistoryFilters {
  return { ...filters, from: figures.days[0]?.day, to: figures.days.at(-1)?.day };
}

/** A zone PostgreSQL and Intl both know, or UTC. */
function validZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

/** The `count` calendar days up to today in `timeZone`, oldest first. */
export function lastDays(now: Date, timeZone: string, count: number): string[] {
  const today = calendarDayIn(now, timeZone);
  return Array.from({ length: count }, (_, index) => addDays(today, index - count + 1));
}
