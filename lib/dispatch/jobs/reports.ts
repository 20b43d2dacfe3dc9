// The scheduled reports of the seed's catalog, built from Herald's own data once a day and dispatched
// like any other event (origin SYSTEM), so subscriptions, digests and quiet hours apply as usual. No
// "server-only": the scheduler runs in the worker process, outside Next.
//
// Each report covers the previous UTC day and carries a dedup key naming that day. A day's report that
// exists already is not made again, however late the second run (the scheduler's catch-up, or its
// takeover of a run whose instance died after writing some of them); a concurrent second run inside
// the type's dedup window is counted on the first, not e-mailed.
import type { Database } from "@/lib/db/client";
import { enqueueEvent } from "@/lib/dispatch/enqueue";
import { buildDiskUsageReport } from "@/lib/dispatch/reports/disk-usage";
import { buildPasswordOperationsReport } from "@/lib/dispatch/reports/password-operations";
import type { JobContext, JobDefinition } from "./types";

const DAY_MS = 24 * 60 * 60 * 1000;

export const REPORT_TYPES = [
  "credentials.password-daily-summary",
  "monitoring.password-change-daily-report",
  "monitoring.disk-daily",
] as const;

/** The UTC day before the one `slot` falls in. */
export function reportPeriod(slot: Date) {
  const to = new Date(Date.UTC(slot.getUTCFullYear(), slot.getUTCMonth(), slot.getUTCDate()));
  return { from: new Date(to.getTime() - DAY_MS), to };
}

export async function runReports(db: Database, options: { slot: Date; now: Date; dataDir: string }) {
  const period = reportPeriod(options.slot);
  const day = period.from.toISOString().slice(0, 10);
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

export function reportsJob(dataDir: string): JobDefinition {
  return {
    name: "reports",
    pattern: "0 6 * * *",
    catchUp: true,
    run: (ctx: JobContext) => runReports(ctx.db, { slot: ctx.slot, now: ctx.now(), dataDir }),
  };
}
