// The delivery queue as Prometheus gauges, computed when /metrics is scraped, from PostgreSQL: so
// every web instance reports the same figures, and workers need not be reachable. Three cheap
// statements: a count and a min over QUEUED rows, and a GROUP BY over status and transport.
// No "server-only": pure over a Database, the unit and integration tests import it.
import { Gauge, type Registry } from "prom-client";
import type { Database } from "@/lib/db/client";

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
      const rows = await db().$queryRaw<{ status: string; transport: string | null; count: bigint }[]>`
        SELECT status::text AS status, transport::text AS transport, count(*) AS count
        FROM "Delivery" GROUP BY 1, 2`;
      this.reset();
      for (const row of rows) {
        this.set({ status: row.status, transport: row.transport ?? "none" }, Number(row.count));
      }
    },
  });
}
