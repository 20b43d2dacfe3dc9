import { metricsAccess } from "@/lib/observability/metrics-access";
import { withProbe } from "@/lib/observability/probe-route";
import { webMetricsRegistry } from "@/lib/observability/web-metrics";

// GET /metrics – Prometheus exposition: queue gauges (from PostgreSQL at scrape time), HTTP requests
// by route and status, process metrics. From loopback, or with an API key of scope metrics:read.
// The worker's send latency histogram is served by the worker process (HERALD_WORKER_METRICS_PORT).
export const GET = withProbe(
  "Prometheus scrape: loopback or an API key with scope metrics:read",
  async () => {
    const registry = webMetricsRegistry();
    return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType } });
  },
  metricsAccess,
);
