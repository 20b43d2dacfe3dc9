// The delivery queue as Prometheus gauges, computed when /metrics is scraped, from PostgreSQL: so
// every web instance reports the same figures, and workers need not be reachable. Every statement is
// cheap whatever the size of the history: the queue figures read QUEUED rows through the partial index
// "Delivery_due_idx", and herald_deliveries sums "DeliveryStatusTally", the per-statement deltas the
// triggers on "Delivery" append (migration 20261202085000_delivery_status_tally), never "Delivery".
// No "server-only": pure over a Database; the worker compacts the tally, and the tests import it.
import { Gauge, type Registry } from "prom-client";
import type { Database } from "@/lib/db/client";

/**
 * Folds the tally's deltas into one row per status × transport (dropping those at zero), in one
 * statement. Safe to run anywhere at any time: concurrent compactions each fold only rows the other
 * has not deleted, and a statement appending deltas meanwhile keeps its rows for the next one.
 */
export async function compactDeliveryTally(db: Database): Promise<void> {
  await db.$executeRaw`
    WITH gone AS (DELETE FROM "DeliveryStatusTally" RETURNING status, transport, delta)
    INSERT INTO "DeliveryStatusTally" (status, transport, delta)
    SELECT status, transport, sum(delta) FROM gone GROUP BY status, transport HAVING sum(delta) <> 0`;
}

/** Deliveries by status and transport (null before any attempt), exact, from the tally. */
export async function deliveriesByStatus(
  db: Database,
): Promise<{ status: string; transport: string | null; count: number }[]> {
  await compactDeliveryTally(db);
  const rows = await db.$queryRaw<{ status: string; transport: string | null; count: bigint }[]>`
    SELECT status::text AS status, transport::text AS transport, sum(delta)::bigint AS count
    FROM "DeliveryStatusTally" GROUP BY 1, 2 HAVING sum(delta) <> 0`;
  return rows.map((row) => ({ status: row.status, transport: row.transport, count: Number(row.count) }));
}

export function registerQueueGauges(registry: Registry, db: () => Database) {
  new Gauge({
    name: "herald_queue_depth",
    help: "Deliveries waiting to be sent (QUEUED and due now).",
    registers: [registry],
    async collect() {
      const [row] = await db().$queryRaw<{ due: bigint }[]>`
        SELECT count(*) AS due FROM "Delivery" WHERE status = 'QUEUED' AND "availableAt" <= now()`;
      this.set(Number(row?.due ?? 0));
    },
  });
  new Gauge({
    name: "herald_queue_oldest_age_seconds",
    help: "Age of the oldest due, unsent delivery (0 when none waits).",
    registers: [registry],
    async collect() {
      // prom-client collects gauges concurrently: each reads what it needs.
      const [row] = await db().$queryRaw<{ age: number | null }[]>`
        SELECT extract(epoch FROM now() - min("availableAt"))::float8 AS age FROM "Delivery"
        WHERE status = 'QUEUED' AND "availableAt" <= now()`;
      this.set(Math.max(0, row?.age ?? 0));
    },
  });
  new Gauge({
    name: "herald_deliveries",
    help: "Deliveries in the history, by status and transport (transport 'none' before any attempt).",
    labelNames: ["status", "transport"] as const,
    registers: [registry],
    async collect() {
      const rows = await deliveriesByStatus(db());
      this.reset();
      for (const row of rows) this.set({ status: row.status, transport: row.transport ?? "none" }, row.count);
    },
  });
}
