-- DropIndex
DROP INDEX "Delivery_idempotencyKey_key";

-- DropIndex
DROP INDEX "Delivery_messageId_key";

-- DropIndex
DROP INDEX "Delivery_providerMessageId_idx";

-- Enqueue writes every index of "Delivery" once per row (10,000 rows for one event to 10,000 people),
-- so each index must serve a query. These three did not:
-- - "idempotencyKey" and "messageId" are derived from the id ('herald-' || id, '<id>@<host>') and never
--   looked up; their uniqueness follows from the primary key. The CHECKs below keep it that way: a
--   row whose key or Message-ID is not its own id's is refused, so no two rows can share one.
-- - "providerMessageId" is looked up by the Resend webhooks, but a queued row has none yet: a partial
--   index over the rows that have one serves the same lookup (providerMessageId = $1 implies IS NOT
--   NULL) and costs enqueue nothing.
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_idempotencyKey_from_id"
  CHECK ("idempotencyKey" = 'herald-' || "id"::text);
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_messageId_from_id"
  CHECK (starts_with("messageId", "id"::text || '@'));
CREATE INDEX "Delivery_providerMessageId_idx" ON "Delivery" ("providerMessageId")
  WHERE "providerMessageId" IS NOT NULL;

-- The per-key API rate limit counts every authenticated request with one upsert that commits on its
-- own. A logged table makes each of those commits wait for a WAL flush to disk; an unlogged one does
-- not (and writes no WAL). What it gives up, deliberately: after a crash PostgreSQL empties the table,
-- so the current minute's counts start again (at most one extra minute's worth of requests per key),
-- and streaming replicas do not carry it (a promoted replica starts with empty counters). The counters
-- are still shared by every instance through the primary, so a 429 still holds across instances.
ALTER TABLE "RateLimitBucket" SET UNLOGGED;
