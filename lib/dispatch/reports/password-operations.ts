// The two password reports of the seed's catalog (credentials.password-daily-summary and
// monitoring.password-change-daily-report), built from what Herald itself received that day: the
// password-related events other PAM modules posted. No "server-only": the scheduler runs in the
// worker process, outside Next.
import type { Database } from "@/lib/db/client";

type Operation = "viewed" | "changed" | "created" | "expired" | "change-failed";

export interface PasswordOperationRow {
  credential: { username: string; device: string };
  operation: Operation;
  performedBy: string;
  at: string;
}

export interface PasswordOperationsReport {
  period: { from: string; to: string };
  generatedAt: string;
  totals: { viewed: number; changed: number; created: number; expired: number; failed: number };
  rows: PasswordOperationRow[];
}

type Json = Record<string, unknown>;
const object = (value: unknown): Json | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
const string = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : undefined);

const EXECUTION_MODULE = "Execution module";

/** Which events count, as which operation, done by whom (the payload field naming the person). */
const sources: Record<string, { operation: Operation; by: string | null; at: string }> = {
  "credentials.password-changed": { operation: "changed", by: "changedBy", at: "occurredAt" },
  "password-operation.change-executed": { operation: "changed", by: null, at: "finishedAt" },
  "password-operation.change-error": { operation: "change-failed", by: null, at: "finishedAt" },
  "password-operation.activation-executed": { operation: "created", by: null, at: "finishedAt" },
  "workstation.view-password": { operation: "viewed", by: "user", at: "occurredAt" },
  "workstation.copy-password": { operation: "viewed", by: "user", at: "occurredAt" },
};

/** The payload schema allows at most this many rows; the newest are kept. */
export const MAX_REPORT_ROWS = 5000;

export function passwordOperationRow(
  typeKey: string,
  payload: unknown,
  occurredAt: Date,
): PasswordOperationRow | null {
  const source = sources[typeKey];
  const data = object(payload);
  const credential = object(data?.credential);
  const username = string(credential?.username);
  const device = string(credential?.device);
  if (!source || !data || !username || !device) return null;
  const person = source.by ? object(data[source.by]) : undefined;
  return {
    credential: { username: username.slice(0, 120), device: device.slice(0, 120) },
    operation: source.operation,
    performedBy: (string(person?.name) ?? EXECUTION_MODULE).slice(0, 120),
    at: string(data[source.at]) ?? occurredAt.toISOString(),
  };
}

/**
 * The day's password operations. `changesOnly` keeps the rows of changes (done or failed) for the
 * "change of passwords" report; the totals always count everything.
 */
export async function buildPasswordOperationsReport(
  db: Database,
  period: { from: Date; to: Date },
  options: { changesOnly?: boolean; now?: Date } = {},
): Promise<PasswordOperationsReport> {
  const events = await db.event.findMany({
    where: {
      typeKey: { in: Object.keys(sources) },
      occurredAt: { gte: period.from, lt: period.to },
      origin: { not: "TEST" },
    },
    select: { typeKey: true, payload: true, occurredAt: true },
    orderBy: { occurredAt: "asc" },
  });
  const rows = events.flatMap(
    (event) => passwordOperationRow(event.typeKey, event.payload, event.occurredAt) ?? [],
  );
  const totals = { viewed: 0, changed: 0, created: 0, expired: 0, failed: 0 };
  for (const row of rows) {
    if (row.operation === "change-failed") totals.failed += 1;
    else totals[row.operation] += 1;
  }
  const shown = options.changesOnly
    ? rows.filter((row) => row.operation === "changed" || row.operation === "change-failed")
    : rows;
  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    generatedAt: (options.now ?? new Date()).toISOString(),
    totals,
    rows: shown.slice(-MAX_REPORT_ROWS),
  };
}
