// Herald's HTTP server: Next.js behind a plain Node server, so that Herald (not the client) decides
// the client address (x-herald-client-ip) and so that SIGTERM drains in-flight requests first.
import { createServer } from "node:http";
import next from "next";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";

// Next builds absolute URLs (e.g. sign-in callbacks) from this name, not from the bind address.
const app = next({ dev, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers["x-herald-client-ip"] = request.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "unknown";
  void handle(request, response);
});

server.listen(port, hostname, () => {
  process.send?.({ type: "ready", port });
  if (!process.send) console.log(`Herald listening on http://localhost:${port}`);
});

let stopping = false;
function shutdown() {
  if (stopping) return;
  stopping = true;
  server.close(() => process.exit(0)); // stop accepting, let in-flight requests finish
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, 10_000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
