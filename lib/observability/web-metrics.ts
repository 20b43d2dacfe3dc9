import "server-only";
import { db } from "@/lib/db";
import { metrics } from "./metrics";
import { registerQueueGauges } from "./queue-gauges";

const REGISTERED = Symbol.for("herald.metrics.queueGauges");

/** The web process's registry with the queue gauges (registered once per process). */
export function webMetricsRegistry() {
  const { registry } = metrics();
  const holder = globalThis as { [REGISTERED]?: boolean };
  if (!holder[REGISTERED]) {
    registerQueueGauges(registry, () => db);
    holder[REGISTERED] = true;
  }
  return registry;
}
