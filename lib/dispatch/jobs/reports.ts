// The scheduled reports of the seed's catalog, built from Herald's own data once a day and dispatched
// like any other event (origin SYSTEM), so subscriptions, digests and quiet hours apply as usual. No
// "server-only": the scheduler runs in the worker process, outside Next.
//
// They are made at the installation's hour (HERALD_REPORTS_AT in HERALD_REPORTS_TIME_ZONE, 06:00 UTC
// unless set), and each covers the previous calendar day in that zone and carries a dedup key naming it. A day's report that
// exists already is not made again, however late the second run (the scheduler's catch-up, or its
// takeover of a run whose instance died after writing some of them); a concurrent second run inside
// the type's dedup window is counted on the first, not e-mailed.
import type { Database } from "@/lib/db/client";
import { addDays, calendarDayIn, startOfDay } from "@/lib/audit/calendar-day";
import { enqueueEvent } from "@/lib/dispatch/enqueue";
import { buildDiskUsageReport } from "@/lib/dispatch/reports/disk-usage";
import { buildPasswordOperationsReport } from "@/lib/dispatch/reports/password-operations";
import type { JobContext, JobDefinition } from "./types";

export const REPORT_TYPES = [
  "credentials.password-daily-summary",
  "monitoring.password-change-daily-report",
  "monitoring.disk-daily",
] as const;

/** When the reports are made: a wall-clock time (HH:MM) in an IANA zone. */
export interface ReportsSchedule {
  at: string;
  timeZone: string;
}

export const DEFAULT_REPORTS_SCHEDULE: ReportsSchedule = { at: "06:00", timeZone: "UTC" };

/**
 * The calendar day in `timeZone` before the one `slot` falls in: its name and its bounds, midnight to
 * midnight in that zone (23 or 25 hours across a daylight-saving change).
 */
export function reportPeriod(slot: Date, timeZone = "UTC") {
  const today = calendarDayIn(slot, timeZone);
  const day = addDays(today, -1);
  return { day, from: startOfDay(day, timeZone), to: startOfDay(today, timeZone) };
}

export async function runReports(
  db: Database,
  options: { slot: Date; now: Date; dataDir: string; timeZone?: string },
) {
  const { day, ...period } = reportPeriod(options.slot, options.timeZone);
  const payloads: Record<(typeof REPORT_TYPES)[number], unknown> = {
    "credentials.password-daily-summary": await buildPasswordOperationsReport(db, period, {
      now: options.now,
    }),
    "monitoring.password-change-daily-report": await buildPasswordOperationsReport(db, period, {
      now: options.now,
      changesOnly: true,
    }),
    "monitoring.disk-daily": await buildDiskUsageReport(options.dataDir, period, options.now),
  };
  const dedupKey = `report:${day}`;
  const made = await db.event.findMany({
    where: { typeKey: { in: [...REPORT_TYPES] }, dedupKey },
    select: { typeKey: true },
  });
  const events: Record<string, { eventId: string; deliveries: number } | { duplicate: true }> = {};
  for (const type of REPORT_TYPES) {
    if (made.some((event) => event.typeKey === type)) {
      events[type] = { duplicate: true };
      continue;
    }
    const result = await enqueueEvent(
      db,
      {
        typeKey: type,
        payload: payloads[type],
        dedupKey,
        occurredAt: options.now,
        source: "herald",
      },
      { kind: "SYSTEM" },
    );
    events[type] = result.duplicate
      ? { duplicate: true }
      : { eventId: result.eventId, deliveries: result.deliveryCount };
  }
  return { period: { from: period.from.toISOString(), to: period.to.toISOString() }, events };
}

/** The croner pattern of a daily HH:MM. */
export function dailyPattern(at: string): string {
  const [hours, minutes] = at.split(":").map(Number);
  return `${minutes} ${hours} * * *`;
}

export function reportsJob(
  dataDir: string,
  schedule: ReportsSchedule = DEFAULT_REPORTS_SCHEDULE,
): JobDefinition {
  return {
    name: "reports",
    pattern: dailyPattern(schedule.at),
    timeZone: schedule.timeZone,
    catchUp: true,
    run: (ctx: JobContext) =>
      runReports(ctx.db, { slot: ctx.slot, now: ctx.now(), dataDir, timeZone: schedule.timeZone }),
  };
}
