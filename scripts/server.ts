// Herald's HTTP server: Next.js behind a plain Node server, so that Herald (not the client) decides
// the client address (x-herald-client-ip), so that SIGTERM drains in-flight requests first, and so
// that requests Next.js would answer with a bare 500 are refused with a 4xx before Next sees them.
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import next from "next";
import {
  crossOriginActionReason,
  isApiPath,
  malformedPathReason,
  servedOverHttps,
  STRICT_TRANSPORT_SECURITY,
} from "../lib/security/request-guard";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";

// Next builds absolute URLs (e.g. sign-in callbacks) from this name, not from the bind address.
const app = next({ dev, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
// Imported after prepare(): Next has loaded .env files into process.env by then.
const { env } = await import("../lib/env");
const { log } = await import("../lib/log");

/** A refusal in the API's error shape (under /api, or when asked), else a short plain-text page. */
function refuse(
  request: IncomingMessage,
  response: ServerResponse,
  status: 400 | 403,
  message: string,
  api = isApiPath(request.url ?? "/"),
) {
  const code = status === 400 ? "BAD_REQUEST" : "FORBIDDEN";
  const body = api
    ? JSON.stringify({ error: { code, message } })
    : `${status === 400 ? "Bad request" : "Forbidden"}: ${message}.\n`;
  response.writeHead(status, {
    "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

const server = createServer((request, response) => {
  request.headers["x-herald-client-ip"] = request.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "unknown";
  if (servedOverHttps(env.APP_URL, env.TRUST_PROXY, request.headers)) {
    response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  }
  const badPath = malformedPathReason(request.url ?? "/");
  if (badPath) return refuse(request, response, 400, badPath);
  const crossOrigin = crossOriginActionReason(request.method, request.headers);
  // A server action's caller is script (fetch), so it gets the JSON error shape.
  if (crossOrigin) return refuse(request, response, 403, crossOrigin, true);
  void handle(request, response);
});

// Requests Node's parser rejects before any handler runs (a request line or headers past 16 KB,
// bytes no HTTP allows, a client too slow to send its headers) get the API's JSON error shape
// too, instead of Node's bare status line.
// Node's parser keeps reading a refused request's remaining bytes and reports each chunk as another
// clientError: those are ignored, so that a client still sending its body receives the answer instead
// of a connection reset; the socket is closed 10 s after the answer at the latest.
const answered = new WeakSet<Duplex>();
server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
  if (answered.has(socket)) return;
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  answered.add(socket);
  setTimeout(() => socket.destroy(), 10_000).unref();
  const [status, message] =
    error.code === "HPE_HEADER_OVERFLOW"
      ? [431, "The request line and headers exceed 16 KB"]
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [408, "The request headers did not arrive in time"]
        : [400, "The request is not valid HTTP"];
  const body = JSON.stringify({ error: { code: "BAD_REQUEST", message } });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
});

// This web instance on the services page (lib/system/services): a heartbeat row every 10 s.
const { createPrismaClient } = await import("../lib/db/client");
const { startHeartbeat } = await import("../lib/system/services/heartbeat");
const heartbeat = startHeartbeat({
  db: createPrismaClient(env.DATABASE_URL, { max: 1 }),
  kind: "WEB",
  detail: () => ({ port, url: env.APP_URL, dev }),
});

server.listen(port, hostname, () => {
  process.send?.({ type: "ready", port });
  if (!process.send) log.info({ port }, `Herald listening on http://localhost:${port}`);
});

let stopping = false;
function shutdown() {
  if (stopping) return;
  stopping = true;
  const goodbye = heartbeat.stop();
  // stop accepting, let in-flight requests finish
  server.close(() => void goodbye.finally(() => process.exit(0)));
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, 10_000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
