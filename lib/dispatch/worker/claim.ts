// Claiming due deliveries: the queue half of the Delivery table. No "server-only": the standalone
// worker process (scripts/worker.ts) imports this outside Next.
//
// A claim is one short statement that commits before anything is sent: due rows (QUEUED and
// availableAt passed) and rows whose lease expired (a worker died or stalled) become SENDING under
// this worker's lease, and their attemptCount goes up by one (the attempt's number; the retry budget
// counts from an administrator's last retry, see seriesAttempt). FOR UPDATE SKIP LOCKED lets any number
// of workers claim at once without waiting on, or taking, each other's rows.
//
// Two kinds of rows must be claimed as a group, never split between workers:
//  - a provider batch that was in flight when its worker died (SENDING, lease expired, batchKey set):
//    it is re-sent whole under the same key, so the provider drops the repeat;
//  - the digest rows of one recipient (mode DIGEST): one e-mail per recipient per digest.
// For those, a worker takes a transaction-scoped advisory lock on the group (batch key or address)
// and claims every claimable row of it; the lock is held until the claim commits, so the next worker
// to take it already sees the rows leased.
import type { Database } from "@/lib/db/client";
import { isAppLocale, type AppLocale } from "@/lib/i18n/locales";
import type { DeliveryPersonal } from "./personal";

export interface ClaimedDelivery {
  id: string;
  eventId: string;
  typeKey: string;
  categoryKey: string;
  recipientKind: "USER" | "CONTACT" | "ADDRESS";
  userId: string | null;
  contactId: string | null;
  email: string;
  name: string;
  locale: AppLocale;
  timeZone: string;
  mode: "IMMEDIATE" | "DIGEST";
  reasons: unknown;
  /** Including the try this claim is for. */
  attemptCount: number;
  /**
   * Tries since an administrator last retried the delivery (all of them if never), including this
   * one: what the retry budget and the back-off count.
   */
  seriesAttempt: number;
  idempotencyKey: string;
  messageId: string;
  batchKey: string | null;
  renderId: string | null;
  personal: DeliveryPersonal | null;
  subject: string | null;
  /** Must not be sent: the recipient is disabled (CANCELLED) or the address suppressed (SUPPRESSED). */
  blocked: "CANCELLED" | "SUPPRESSED" | null;
}

type Row = Omit<ClaimedDelivery, "locale"> & { locale: string };

export interface ClaimOptions {
  workerId: string;
  leaseMs: number;
}

// Columns every claim returns; `locale` as text ("en" | "pt-BR", or the enum's older "pt_BR"), and
// whether the row may still be sent (read in the same statement, saving a round trip per claim).
const RETURNING = `id::text, "eventId"::text, "typeKey", "categoryKey", "recipientKind"::text,
  "userId"::text, "contactId"::text, email, name, locale::text, "timeZone", mode::text, reasons,
  "attemptCount", "attemptCount" - "attemptsBeforeRetry" AS "seriesAttempt", "idempotencyKey",
  "messageId", "batchKey", "renderId"::text, personal, subject,
  CASE
    WHEN EXISTS (SELECT 1 FROM "User" u WHERE u.id = "Delivery"."userId" AND u."disabledAt" IS NOT NULL)
      OR EXISTS (SELECT 1 FROM "Contact" c WHERE c.id = "Delivery"."contactId" AND c."disabledAt" IS NOT NULL)
      THEN 'CANCELLED'
    WHEN EXISTS (SELECT 1 FROM "Suppression" s WHERE s.email = "Delivery".email) THEN 'SUPPRESSED'
  END AS blocked`;

const LEASE = `status = 'SENDING', "leaseUntil" = now() + $1::int * interval '1 millisecond', "leasedBy" = $2,
  "attemptCount" = "attemptCount" + 1, "statusChangedAt" = now()`;

function toClaimed(row: Row): ClaimedDelivery {
  const locale = isAppLocale(row.locale) ? row.locale : row.locale === "pt_BR" ? "pt-BR" : "en";
  return { ...row, locale };
}

/**
 * Up to `limit` immediate deliveries: expired leases first (rows of a dead worker), then due rows in
 * availableAt order. Rows of an interrupted provider batch are left to claimInterruptedBatches.
 */
export async function claimImmediate(
  db: Database,
  { workerId, leaseMs, limit }: ClaimOptions & { limit: number },
): Promise<ClaimedDelivery[]> {
  const rows = await db.$queryRawUnsafe<Row[]>(
    `WITH expired AS (
       SELECT id FROM "Delivery"
       WHERE status = 'SENDING' AND "leaseUntil" < now() AND mode = 'IMMEDIATE' AND "batchKey" IS NULL
       ORDER BY "leaseUntil" LIMIT $3 FOR UPDATE SKIP LOCKED
     ), due AS (
       SELECT id FROM "Delivery"
       WHERE status = 'QUEUED' AND "availableAt" <= now() AND mode = 'IMMEDIATE' AND "batchKey" IS NULL
       ORDER BY "availableAt" LIMIT $3 FOR UPDATE SKIP LOCKED
     )
     UPDATE "Delivery" SET ${LEASE}
     WHERE id IN (SELECT id FROM (SELECT id FROM expired UNION ALL SELECT id FROM due) picked LIMIT $3)
     RETURNING ${RETURNING}`,
    leaseMs,
    workerId,
    limit,
  );
  return rows.map(toClaimed);
}

/** Groups of rows claimed together: one interrupted provider batch, or one recipient's digest. */
async function claimGroups(
  db: Database,
  { workerId, leaseMs }: ClaimOptions,
  keys: string[],
  lockPrefix: string,
  claimSql: string,
): Promise<ClaimedDelivery[][]> {
  if (keys.length === 0) return [];
  return db.$transaction(async (tx) => {
    const groups: ClaimedDelivery[][] = [];
    for (const key of keys) {
      const [lock] = await tx.$queryRawUnsafe<{ locked: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked`,
        `${lockPrefix}${key}`,
      );
      if (!lock?.locked) continue;
      const rows = await tx.$queryRawUnsafe<Row[]>(claimSql, leaseMs, workerId, key);
      if (rows.length) groups.push(rows.map(toClaimed));
    }
    return groups;
  });
}

/** A provider batch to re-send as it was: its worker died mid-send, or its call got no answer (record.ts). */
const INTERRUPTED = `mode = 'IMMEDIATE' AND (
  (status = 'SENDING' AND "leaseUntil" < now()) OR (status = 'QUEUED' AND "availableAt" <= now()))`;

/**
 * Provider batches that may have been accepted without Herald knowing: the worker's lease expired
 * mid-send, or the call got no answer and the rows wait, batch key kept, for their retry. Each is
 * claimed whole, to be re-sent as it was under the same key.
 */
export async function claimInterruptedBatches(
  db: Database,
  options: ClaimOptions & { limit: number },
): Promise<ClaimedDelivery[][]> {
  const keys = await db.$queryRawUnsafe<{ key: string }[]>(
    `SELECT DISTINCT "batchKey" AS key FROM "Delivery"
     WHERE "batchKey" IS NOT NULL AND ${INTERRUPTED}
     LIMIT $1`,
    options.limit,
  );
  return claimGroups(
    db,
    options,
    keys.map((row) => row.key),
    "herald:batch:",
    `UPDATE "Delivery" SET ${LEASE}
     WHERE "batchKey" = $3 AND ${INTERRUPTED}
     RETURNING ${RETURNING}`,
  );
}

/** Recipients whose digest is due: all their claimable digest rows, one group per address. */
export async function claimDigests(
  db: Database,
  options: ClaimOptions & { limit: number },
): Promise<ClaimedDelivery[][]> {
  const keys = await db.$queryRawUnsafe<{ key: string }[]>(
    `SELECT DISTINCT email AS key FROM "Delivery"
     WHERE mode = 'DIGEST'
       AND ((status = 'QUEUED' AND "availableAt" <= now()) OR (status = 'SENDING' AND "leaseUntil" < now()))
     LIMIT $1`,
    options.limit,
  );
  return claimGroups(
    db,
    options,
    keys.map((row) => row.key),
    "herald:digest:",
    `UPDATE "Delivery" SET ${LEASE}
     WHERE email = $3 AND mode = 'DIGEST'
       AND ((status = 'QUEUED' AND "availableAt" <= now()) OR (status = 'SENDING' AND "leaseUntil" < now()))
     RETURNING ${RETURNING}`,
  );
}

/** Extends this worker's lease on rows it is still working on (long batches, slow transports). */
export async function renewLeases(db: Database, { workerId, leaseMs }: ClaimOptions, ids: string[]) {
  if (ids.length === 0) return 0;
  return db.$executeRawUnsafe(
    `UPDATE "Delivery" SET "leaseUntil" = now() + $1::int * interval '1 millisecond'
     WHERE id = ANY($3::uuid[]) AND "leasedBy" = $2 AND status = 'SENDING'`,
    leaseMs,
    workerId,
    ids,
  );
}

/**
 * Hands claimed rows that were never tried back to the queue (a worker stopping): due again at once,
 * the claim's attempt given back.
 */
export async function releaseClaims(db: Database, workerId: string, ids: string[]) {
  if (ids.length === 0) return 0;
  return db.$executeRawUnsafe(
    `UPDATE "Delivery" SET status = 'QUEUED', "leaseUntil" = NULL, "leasedBy" = NULL,
       "attemptCount" = greatest("attemptCount" - 1, 0), "statusChangedAt" = now()
     WHERE id = ANY($2::uuid[]) AND "leasedBy" = $1 AND status = 'SENDING' AND "batchKey" IS NULL`,
    workerId,
    ids,
  );
}

/** When the next row becomes claimable (a queued row's availableAt or a lease's end), if any. */
export async function nextWakeAt(db: Database): Promise<Date | null> {
  const [row] = await db.$queryRawUnsafe<{ at: Date | null }[]>(
    `SELECT least(
       (SELECT min("availableAt") FROM "Delivery" WHERE status = 'QUEUED'),
       (SELECT min("leaseUntil") FROM "Delivery" WHERE status = 'SENDING')) AS at`,
  );
  return row?.at ?? null;
}
