// Throttle and dedup: an event whose type and dedup key match an event of the same type created inside
// the type's window is not e-mailed again; it is counted on that original event. No "server-only":
// enqueue runs in the worker and scheduler processes and the benchmark too.
//
// Windows are per kind of type, measured from the original event's creation (a fixed window, so an
// alert that keeps firing is e-mailed at most once per window):
// - EVENT: only when the caller gives a dedupKey;
// - THRESHOLD_ALERT: always. Without a dedupKey the key is derived from what the alert is about (its
//   subject, see thresholdSubject), so a monitor re-posting "CPU critical on vault-01" every minute
//   sends one e-mail an hour, while the same alert for another host still goes out;
// - SCHEDULED_REPORT: only with a dedupKey (a report re-posted for the same period).
// Test sends ("Send test to me") are never deduplicated.
import { createHash } from "node:crypto";
import type { NotificationKind } from "@/generated/prisma/enums";
import type { Transaction } from "@/lib/db/client";

export const DEDUP_WINDOW_SECONDS: Readonly<Record<NotificationKind, number>> = {
  EVENT: 10 * 60,
  THRESHOLD_ALERT: 60 * 60,
  SCHEDULED_REPORT: 60 * 60,
};

/** Derived keys start with this, so they never collide with a caller's own dedupKey by accident. */
export const DERIVED_KEY_PREFIX = "auto:";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const named = (value: unknown): string | undefined =>
  isObject(value) && typeof value.name === "string" ? value.name : undefined;

/**
 * What a threshold alert is about, by payload shape (the catalog's 16 alert types use three):
 * - resource alerts (`monitoring.cpu-*`, `memory-*`, `disk-low-*`): the host, plus the volume for disks;
 * - certificate expiry alerts: the set of certificate serials listed;
 * - connectivity alerts: the set of devices listed.
 * Measurements and timestamps (usage, free space, checkedAt…) are left out on purpose: they change on
 * every check of the same condition. Any other shape falls back to the whole payload.
 */
export function thresholdSubject(payload: unknown): string {
  if (!isObject(payload)) return JSON.stringify(payload);
  const host = named(payload.host);
  if (host !== undefined) {
    return typeof payload.volume === "string" ? `host:${host}|volume:${payload.volume}` : `host:${host}`;
  }
  if (Array.isArray(payload.certificates)) {
    const serials = payload.certificates.map((item) => (isObject(item) ? String(item.serial) : ""));
    return `certificates:${[...new Set(serials)].sort().join(",")}`;
  }
  if (Array.isArray(payload.devices)) {
    const devices = payload.devices.map((item) => (isObject(item) ? (named(item.device) ?? "") : ""));
    return `devices:${[...new Set(devices)].sort().join(",")}`;
  }
  return canonicalJson(payload);
}

/** JSON with object keys sorted, so equal payloads give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isObject(value)) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The dedup key an event is checked and stored under: the caller's, else a derived one for threshold
 * alerts, else none.
 */
export function effectiveDedupKey(
  kind: NotificationKind,
  dedupKey: string | undefined,
  payload: unknown,
): string | null {
  if (dedupKey) return dedupKey;
  if (kind !== "THRESHOLD_ALERT") return null;
  const digest = createHash("sha256").update(thresholdSubject(payload)).digest("base64url");
  return `${DERIVED_KEY_PREFIX}${digest.slice(0, 32)}`;
}

/**
 * Inside the caller's transaction: serialises every enqueue of the same type and key (an advisory lock
 * held to the end of the transaction, so two concurrent requests cannot both miss each other), then
 * looks for an original inside the window. When there is one, counts the duplicate on it and returns
 * its id; otherwise returns null and the caller writes the event while still holding the lock.
 */
export async function claimDuplicate(
  tx: Transaction,
  typeKey: string,
  dedupKey: string,
  windowSeconds: number,
): Promise<string | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${typeKey} || chr(31) || ${dedupKey}))`;
  // clock_timestamp(), not now(): the transaction may have waited on the lock; the window is measured
  // from the moment the duplicate is looked for.
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Event" SET "duplicateCount" = "duplicateCount" + 1, "lastDuplicateAt" = clock_timestamp()
    WHERE id = (
      SELECT id FROM "Event"
      WHERE "typeKey" = ${typeKey} AND "dedupKey" = ${dedupKey}
        AND "createdAt" > clock_timestamp() - make_interval(secs => ${windowSeconds}::double precision)
      ORDER BY "createdAt" DESC, id DESC
      LIMIT 1)
    RETURNING id::text`;
  return rows[0]?.id ?? null;
}
