// The scheduled reports of the seed's catalog, built from Herald's own data once a day and dispatched
// like any other event (origin SYSTEM), so subscriptions, digests and quiet hours apply as usual. No
// "server-only": the scheduler runs in the worker process, outside Next.
//
// Each report covers the previous UTC day and carries a dedup key naming that day, so a report that
// were somehow produced twice for the same day would be counted, not e-mailed again.
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
  const events: Record<string, { eventId: string; deliveries: number } | { duplicate: true }> = {};
  for (const type of REPORT_TYPES) {
    const result = await enqueueEvent(
      db,
      {
        typeKey: type,
        payload: payloads[type],
        dedupKey: `report:${day}`,
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
    run: (ctx: JobContext) => runReports(ctx.db, { slot: ctx.slot, now: ctx.now(), dataDir }),
  };
}
