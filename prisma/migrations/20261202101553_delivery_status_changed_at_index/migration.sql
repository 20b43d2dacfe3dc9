-- The dashboard's recent failures (the five newest FAILED, BOUNCED or COMPLAINED deliveries by statusChangedAt,
-- lib/history/dashboard.ts) sorted every failure of the history: 0.28–0.46 s over 1,000,000 deliveries
-- (50,664 failures, 31,730 heap blocks; bench/pages.bench.ts). Walking this index newest first reads ~110
-- rows instead: 0.2–1.3 ms. A partial index WHERE status IN (…) would be smaller, but PostgreSQL cannot
-- match its predicate against Prisma's parameters (CAST($1::text AS "DeliveryStatus") is not folded), so it
-- went unused. Cost: one index entry per insert and per status change; a status change was never a HOT
-- update anyway (status is indexed).
-- CreateIndex
CREATE INDEX "Delivery_statusChangedAt_id_idx" ON "Delivery"("statusChangedAt" DESC, "id" DESC);
