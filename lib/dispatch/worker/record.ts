// Writing what happened to claimed deliveries. No "server-only": the standalone worker process
// imports this outside Next.
//
// Every write names the worker and requires the row to be still SENDING under its lease
// ("leasedBy" = worker), so a worker whose lease expired (and whose rows another worker took over)
// can never overwrite the other's result.
import type { Database } from "@/lib/db/client";
import type { MailTransportName } from "@/generated/prisma/enums";
import type { DeliveryPersonal } from "./personal";
import { replayFeedback } from "@/lib/mail/transitions";
import { observeAttempts } from "@/lib/observability/metrics";

export interface PreparedRow {
  id: string;
  renderId: string | null;
  subject: string;
  personal: DeliveryPersonal | null;
  batchKey: string | null;
}

/**
 * Stores each row's render, subject, personal parts and batch key before anything is sent. Returns
 * the ids still leased by this worker: only those may be sent.
 */
export async function storePrepared(
  db: Database,
  workerId: string,
  rows: PreparedRow[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const updated = await db.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE "Delivery" d SET "renderId" = v.render_id, subject = v.subject, personal = v.personal,
       "batchKey" = v.batch_key
     FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::jsonb[], $6::text[])
       AS v(id, render_id, subject, personal, batch_key)
     WHERE d.id = v.id AND d."leasedBy" = $1 AND d.status = 'SENDING'
     RETURNING d.id::text`,
    workerId,
    rows.map((row) => row.id),
    rows.map((row) => row.renderId),
    rows.map((row) => row.subject),
    rows.map((row) => (row.personal ? JSON.stringify(row.personal) : null)),
    rows.map((row) => row.batchKey),
  );
  return new Set(updated.map((row) => row.id));
}

export type Resolution =
  | { status: "SENT"; providerMessageId: string }
  | { status: "QUEUED"; availableAt: Date; statusCode?: number; error: string }
  | { status: "FAILED"; statusCode?: number; error: string };

export interface AttemptResult {
  id: string;
  transport: MailTransportName;
  startedAt: Date;
  durationMs: number;
  resolution: Resolution;
  /**
   * Requeued with its batch key kept: the provider call got no answer and may have been accepted, so the
   * retry must be the same request under the same key (a provider batch, a digest), which the provider
   * recognises as a repeat. Claimed again as a group (claim.ts).
   */
  keepBatch?: boolean;
}

const outcomeOf = { SENT: "SENT", QUEUED: "RETRY", FAILED: "FAILED" } as const;

/**
 * One statement per set of results: the status transition of each row still leased by this worker,
 * and one DeliveryAttempt for each of those rows (numbered by the row's attemptCount). Then the
 * provider events that arrived while the rows were still SENDING are applied to the rows now SENT.
 */
export async function recordAttempts(
  db: Database,
  workerId: string,
  results: AttemptResult[],
): Promise<number> {
  if (results.length === 0) return 0;
  const column = <T>(pick: (result: AttemptResult) => T) => results.map(pick);
  const resolution = (result: AttemptResult) => result.resolution;
  observeAttempts(
    results.map((r) => ({
      transport: r.transport,
      outcome: outcomeOf[r.resolution.status],
      durationMs: r.durationMs,
    })),
  );
  const recorded = await db.$executeRawUnsafe(
    `WITH v AS (
       SELECT * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[],
         $7::text[], $8::int[], $9::text[], $10::timestamptz[], $11::int[], $12::bool[])
         AS v(id, status, outcome, transport, available_at, provider_id, status_code, error, started_at, duration_ms,
           keep_batch)
     ), updated AS (
       UPDATE "Delivery" d SET
         status = v.status::"DeliveryStatus",
         "availableAt" = coalesce(v.available_at, d."availableAt"),
         "leaseUntil" = NULL, "leasedBy" = NULL,
         "batchKey" = CASE WHEN v.status = 'SENT' OR (v.status = 'QUEUED' AND v.keep_batch) THEN d."batchKey" END,
         transport = v.transport::"MailTransportName",
         "providerMessageId" = coalesce(v.provider_id, d."providerMessageId"),
         "lastError" = v.error,
         "sentAt" = CASE WHEN v.status = 'SENT' THEN now() ELSE d."sentAt" END,
         "statusChangedAt" = now()
       FROM v WHERE d.id = v.id AND d."leasedBy" = $1 AND d.status = 'SENDING'
       RETURNING d.id, d."attemptCount"
     )
     INSERT INTO "DeliveryAttempt" ("deliveryId", number, transport, outcome, "statusCode", "providerMessageId",
       error, "retryAt", "workerId", "startedAt", "durationMs")
     SELECT u.id, greatest(u."attemptCount", 1), v.transport::"MailTransportName", v.outcome::"AttemptOutcome",
       v.status_code, v.provider_id, v.error, v.available_at, $1, v.started_at, v.duration_ms
     FROM updated u JOIN v ON v.id = u.id`,
    workerId,
    column((r) => r.id),
    column((r) => r.resolution.status),
    column((r) => outcomeOf[r.resolution.status]),
    column((r) => r.transport),
    column((r) => {
      const res = resolution(r);
      return res.status === "QUEUED" ? res.availableAt.toISOString() : null;
    }),
    column((r) => {
      const res = resolution(r);
      return res.status === "SENT" ? res.providerMessageId : null;
    }),
    column((r) => {
      const res = resolution(r);
      return res.status === "SENT" ? null : (res.statusCode ?? null);
    }),
    column((r) => {
      const res = resolution(r);
      return res.status === "SENT" ? null : res.error.slice(0, 2000);
    }),
    column((r) => r.startedAt.toISOString()),
    column((r) => Math.max(0, Math.round(r.durationMs))),
    column((r) => r.keepBatch ?? false),
  );
  await applyEarlyFeedback(
    db,
    results.filter((r) => r.resolution.status === "SENT").map((r) => r.id),
  );
  return recorded;
}

/**
 * A provider webhook can outrun the worker: Resend may report "delivered" (or a bounce) before the
 * worker has recorded the send, while the delivery is still SENDING. The webhook then stores the event,
 * linked to the delivery by its tag, without moving it (lib/mail/feedback.ts). Here, in a statement
 * that starts after the SENT was committed, those events are replayed in order on the rows still SENT.
 * The webhook locks the delivery's row before reading its status, so each event is applied by the
 * webhook or found here, never neither; the `status = 'SENT'` guard keeps a row the webhook moved
 * meanwhile as the webhook left it.
 */
export async function applyEarlyFeedback(db: Database, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const events = await db.$queryRawUnsafe<{ id: string; type: string; bounce: string | null }[]>(
    `SELECT d.id::text AS id, e.type, e.payload #>> '{data,bounce,message}' AS bounce
     FROM "Delivery" d JOIN "ProviderEvent" e ON e."deliveryId" = d.id
     WHERE d.id = ANY($1::uuid[]) AND d.status = 'SENT'
     ORDER BY d.id, e."occurredAt", e."receivedAt", e.id`,
    ids,
  );
  if (events.length === 0) return 0;
  const byDelivery = new Map<string, { type: string; bounceMessage: string | null }[]>();
  for (const event of events) {
    const list = byDelivery.get(event.id) ?? [];
    list.push({ type: event.type, bounceMessage: event.bounce });
    byDelivery.set(event.id, list);
  }
  const moves = [...byDelivery].flatMap(([id, list]) => {
    const outcome = replayFeedback("SENT", list);
    return outcome ? [{ id, ...outcome }] : [];
  });
  if (moves.length === 0) return 0;
  return db.$executeRawUnsafe(
    `UPDATE "Delivery" d SET status = v.status::"DeliveryStatus", "statusChangedAt" = now(),
       "lastError" = coalesce(v.last_error, d."lastError")
     FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, status, last_error)
     WHERE d.id = v.id AND d.status = 'SENT'`,
    moves.map((move) => move.id),
    moves.map((move) => move.status),
    moves.map((move) => move.lastError),
  );
}

/**
 * Rows that must not be sent (the claim read it: the recipient was disabled, CANCELLED, or the address
 * is suppressed, SUPPRESSED) are settled here, without an attempt; returns the rows that may still go.
 */
export async function settleUnsendable<T extends { id: string; blocked: "CANCELLED" | "SUPPRESSED" | null }>(
  db: Database,
  workerId: string,
  rows: T[],
): Promise<T[]> {
  const cancelled = rows.filter((row) => row.blocked === "CANCELLED").map((row) => row.id);
  const blocked = rows.filter((row) => row.blocked === "SUPPRESSED").map((row) => row.id);
  if (cancelled.length || blocked.length) {
    await db.$executeRawUnsafe(
      `UPDATE "Delivery" SET
         status = (CASE WHEN id = ANY($2::uuid[]) THEN 'CANCELLED' ELSE 'SUPPRESSED' END)::"DeliveryStatus",
         "leaseUntil" = NULL, "leasedBy" = NULL, "batchKey" = NULL, "statusChangedAt" = now(),
         "attemptCount" = greatest("attemptCount" - 1, 0)
       WHERE id = ANY($2::uuid[] || $3::uuid[]) AND "leasedBy" = $1 AND status = 'SENDING'`,
      workerId,
      cancelled,
      blocked,
    );
  }
  return rows.filter((row) => !row.blocked);
}
