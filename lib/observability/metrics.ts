// Herald's Prometheus metrics (prom-client). One registry per process, kept on globalThis so every
// bundle of the Next server that imports this module shares it. No "server-only": the worker
// process imports it to observe its sends.
//
// Which process serves what (docs/observability.md):
//  - web (/metrics): default process metrics, HTTP requests by route pattern and status (observed in
//    lib/api/route-core.ts), and the queue gauges computed at scrape time from PostgreSQL, so they are
//    the same whichever web instance is scraped;
//  - worker (its own loopback port, HERALD_WORKER_METRICS_PORT): default process metrics, send
//    latency histogram and attempts by transport and outcome, observed as each attempt is recorded.
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

export interface HeraldMetrics {
  registry: Registry;
  httpRequests: Counter<"method" | "route" | "status">;
  sendDuration: Histogram<"transport" | "outcome">;
  attempts: Counter<"transport" | "outcome">;
}

const GLOBAL_KEY = Symbol.for("herald.metrics");

export function createMetrics(): HeraldMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "herald_" });
  return {
    registry,
    httpRequests: new Counter({
      name: "herald_http_requests_total",
      help: "HTTP requests answered by Herald's route handlers, by method, route pattern and status.",
      labelNames: ["method", "route", "status"] as const,
      registers: [registry],
    }),
    sendDuration: new Histogram({
      name: "herald_send_duration_seconds",
      help: "Time a transport took to accept or refuse an e-mail (one observation per delivery attempt).",
      labelNames: ["transport", "outcome"] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    attempts: new Counter({
      name: "herald_delivery_attempts_total",
      help: "Delivery attempts recorded by this worker process, by transport and outcome.",
      labelNames: ["transport", "outcome"] as const,
      registers: [registry],
    }),
  };
}

/** This process's metrics (created on first use). */
export function metrics(): HeraldMetrics {
  const holder = globalThis as { [GLOBAL_KEY]?: HeraldMetrics };
  return (holder[GLOBAL_KEY] ??= createMetrics());
}

export interface ObservedAttempt {
  transport: string;
  /** SENT, RETRY or FAILED. */
  outcome: string;
  durationMs: number;
}

/** Called by the worker when it records attempts (lib/dispatch/worker/record.ts). */
export function observeAttempts(attempts: readonly ObservedAttempt[], target: HeraldMetrics = metrics()) {
  for (const attempt of attempts) {
    const labels = { transport: attempt.transport, outcome: attempt.outcome };
    target.attempts.inc(labels);
    target.sendDuration.observe(labels, attempt.durationMs / 1000);
  }
}

/**
 * The route pattern of a request, for a bounded `route` label: each path segment that is a route
 * param's value becomes `[name]` (`/api/v1/groups/0193…` → `/api/v1/groups/[id]`).
 */
export function routePattern(pathname: string, params: Record<string, string | string[]>): string {
  const byValue = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    for (const part of Array.isArray(value) ? value : [value]) byValue.set(part, name);
  }
  if (byValue.size === 0) return pathname;
  return pathname
    .split("/")
    .map((segment) => {
      const name = byValue.get(safeDecode(segment));
      return name ? `[${name}]` : segment;
    })
    .join("/");
}

function safeDecode(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function observeHttpRequest(method: string, route: string, status: number) {
  metrics().httpRequests.inc({ method, route, status: String(status) });
}
