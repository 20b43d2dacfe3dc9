// The worker process's own /metrics, on loopback only (HERALD_WORKER_METRICS_PORT): send latency and
// attempts are observed in the worker process, so they are scraped there; queue figures come from the
// web /metrics (PostgreSQL). No "server-only": scripts/worker.ts imports it outside Next.
import { createServer, type Server } from "node:http";
import type { Registry } from "prom-client";
import { metrics } from "./metrics";

export function startMetricsServer(port: number, registry: Registry = metrics().registry): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== "GET" || request.url?.split("?")[0] !== "/metrics") {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found\n");
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { "Content-Type": registry.contentType }).end(text),
      () => response.writeHead(500, { "Content-Type": "text/plain" }).end("Metrics unavailable\n"),
    );
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
