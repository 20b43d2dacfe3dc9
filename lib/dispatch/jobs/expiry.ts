// Expiry of short-lived rows: API idempotency records after 24 hours (their promise ends there),
// rate-limit windows once they are over, the scheduler's own JobRun history after 90 days, and
// signed-out sessions once they could no longer be valid. No
// "server-only": the scheduler runs in the worker process, outside Next.
import type { Database } from "@/lib/db/client";
import type { JobContext, JobDefinition } from "./types";

const BATCH = 1000;
const HOUR_MS = 60 * 60 * 1000;

async function purge(db: Database, statement: string, cutoff: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRawUnsafe(statement, cutoff.toISOString(), BATCH);
    total += deleted;
    if (deleted < BATCH) return total;
  }
}

export async function runExpiry(db: Database, now: Date) {
  const idempotencyRecords = await purge(
    db,
    `DELETE FROM "IdempotencyRecord" WHERE ("apiKeyId", key) IN (
       SELECT "apiKeyId", key FROM "IdempotencyRecord" WHERE "createdAt" < $1::timestamptz
       ORDER BY "createdAt" LIMIT $2)`,
    new Date(now.getTime() - 24 * HOUR_MS),
  );
  // Windows are a minute long; an hour-old one can no longer be counted against.
  const rateLimitBuckets = await purge(
    db,
    `DELETE FROM "RateLimitBucket" WHERE (key, "windowStart") IN (
       SELECT key, "windowStart" FROM "RateLimitBucket" WHERE "windowStart" < $1::timestamptz LIMIT $2)`,
    new Date(now.getTime() - HOUR_MS),
  );
  const jobRuns = await purge(
    db,
    `DELETE FROM "JobRun" WHERE (job, slot) IN (
       SELECT job, slot FROM "JobRun" WHERE slot < $1::timestamptz LIMIT $2)`,
    new Date(now.getTime() - 90 * 24 * HOUR_MS),
  );
  const endedSessions = await purge(
    db,
    `DELETE FROM "EndedSession" WHERE id IN (
       SELECT id FROM "EndedSession" WHERE "expiresAt" < $1::timestamptz LIMIT $2)`,
    now,
  );
  return { idempotencyRecords, rateLimitBuckets, jobRuns, endedSessions };
}

export const expiryJob: JobDefinition = {
  name: "expiry",
  pattern: "*/15 * * * *",
  run: (ctx: JobContext) => runExpiry(ctx.db, ctx.now()),
};
