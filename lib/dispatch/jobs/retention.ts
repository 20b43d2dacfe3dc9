// Retention: deliveries older than HERALD_RETENTION_DAYS are purged (their attempts and provider
// events go with them), then events left without deliveries, then digests nobody points at, then what
// the built-in Mailbox received (whole e-mails, recipients' data included) and provider events that
// matched no delivery. No "server-only": the scheduler runs in the worker process, outside Next.
//
// Small batches (one statement deletes at most BATCH rows, oldest first, through the createdAt
// index), each its own short transaction, so the purge never holds long locks or a long snapshot
// while workers and the history keep running.
import type { Database } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import type { JobContext, JobDefinition } from "./types";

export const RETENTION_BATCH = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export const SCHEDULER_ACTOR = { id: null, label: "Herald scheduler", ip: null } as const;

async function purge(db: Database, statement: string, cutoff: Date, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRawUnsafe(statement, cutoff.toISOString(), batch);
    total += deleted;
    if (deleted < batch) return total;
  }
}

export interface RetentionResult {
  cutoff: string;
  deliveries: number;
  events: number;
  digests: number;
  mailbox: number;
  providerEvents: number;
}

export async function runRetention(
  db: Database,
  options: { days: number; now: Date; batch?: number; requestId?: string },
): Promise<RetentionResult> {
  const batch = options.batch ?? RETENTION_BATCH;
  const cutoff = new Date(options.now.getTime() - options.days * DAY_MS);
  // A delivery in a worker's hands (SENDING) is left alone; it is purged on a later day.
  const deliveries = await purge(
    db,
    `DELETE FROM "Delivery" WHERE id IN (
       SELECT id FROM "Delivery" WHERE "createdAt" < $1::timestamptz AND status <> 'SENDING'
       ORDER BY "createdAt" LIMIT $2)`,
    cutoff,
    batch,
  );
  const events = await purge(
    db,
    `DELETE FROM "Event" WHERE id IN (
       SELECT e.id FROM "Event" e WHERE e."createdAt" < $1::timestamptz
         AND NOT EXISTS (SELECT 1 FROM "Delivery" d WHERE d."eventId" = e.id)
       ORDER BY e."createdAt" LIMIT $2)`,
    cutoff,
    batch,
  );
  const digests = await purge(
    db,
    `DELETE FROM "RenderedMessage" WHERE id IN (
       SELECT r.id FROM "RenderedMessage" r WHERE r.kind = 'DIGEST' AND r."createdAt" < $1::timestamptz
         AND NOT EXISTS (SELECT 1 FROM "Delivery" d WHERE d."renderId" = r.id)
       ORDER BY r."createdAt" LIMIT $2)`,
    cutoff,
    batch,
  );
  const mailbox = await purge(
    db,
    `DELETE FROM "MailboxMessage" WHERE id IN (
       SELECT id FROM "MailboxMessage" WHERE "createdAt" < $1::timestamptz ORDER BY "createdAt" LIMIT $2)`,
    cutoff,
    batch,
  );
  // Those of a delivery went with it; these are webhooks about messages Herald does not know.
  const providerEvents = await purge(
    db,
    `DELETE FROM "ProviderEvent" WHERE id IN (
       SELECT id FROM "ProviderEvent" WHERE "deliveryId" IS NULL AND "receivedAt" < $1::timestamptz LIMIT $2)`,
    cutoff,
    batch,
  );
  const result = { cutoff: cutoff.toISOString(), deliveries, events, digests, mailbox, providerEvents };
  if (deliveries + events + digests + mailbox + providerEvents > 0) {
    await db.$transaction((tx) =>
      recordAudit(
        tx,
        { ...SCHEDULER_ACTOR, requestId: options.requestId ?? "retention" },
        {
          action: "delivery.purge",
          targetType: "delivery",
          after: { ...result, retentionDays: options.days },
        },
      ),
    );
  }
  return result;
}

export function retentionJob(days: number): JobDefinition {
  return {
    name: "retention",
    pattern: "30 3 * * *",
    catchUp: true,
    run: (ctx: JobContext) =>
      runRetention(ctx.db, { days, now: ctx.now(), requestId: `job:retention:${ctx.slot.toISOString()}` }),
  };
}
