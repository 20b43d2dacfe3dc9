// A local stand-in for api.resend.com, enough of it for the `resend` SDK: POST /emails and
// POST /emails/batch with Resend's Idempotency-Key rules, scriptable failures, delays and refused
// connections. Test-only (integration tests, benchmarks, e2e): never imported by the app.
//
//   const resend = await startFakeResend();
//   new Resend(resend.apiKey, { baseUrl: resend.baseUrl })   // or RESEND_BASE_URL=resend.baseUrl
//   resend.failNext(2, 500); resend.failNext(1, 429, { retryAfter: 3 });
//   expect(resend.duplicates("X-Herald-Delivery-Id")).toEqual([]);
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { errorBody, headerValue, parseEmail, readBody, send, type ParsedEmail } from "./fake-resend-wire";

/** One e-mail the fake accepted as new (a replayed idempotent request adds nothing). */
export interface FakeResendMessage extends ParsedEmail {
  id: string;
  /** The request's Idempotency-Key: the e-mail's own key, or the batch's key for a batch. */
  idempotencyKey?: string;
  /** Set when the e-mail came in a batch: its position in that batch. */
  batchIndex?: number;
  acceptedAt: Date;
}

/** Every request that reached the fake, answered or not. */
export interface FakeResendRequest {
  method: string;
  path: string;
  idempotencyKey?: string;
  status: number;
  /** The first answer was replayed for a repeated idempotent request. */
  replayed: boolean;
}

export interface FailOptions {
  /** Seconds sent in `retry-after` (429s; any status accepts it). */
  retryAfter?: number;
  /** Resend's error name; defaults by status (validation_error, rate_limit_exceeded, …). */
  name?: string;
  message?: string;
}

export interface FakeResend {
  readonly baseUrl: string;
  /** The API key the fake accepts (`Authorization: Bearer …`); any other is a 401. */
  readonly apiKey: string;
  /** Accepted e-mails, in order. */
  readonly messages: readonly FakeResendMessage[];
  readonly requests: readonly FakeResendRequest[];
  /** How many times a request with this Idempotency-Key was accepted as new (0, 1; never more). */
  acceptedCount(idempotencyKey: string): number;
  /** Values of `header` carried by more than one accepted e-mail: e-mails sent twice. */
  duplicates(header: string): string[];
  /** The next `count` requests (any endpoint) fail with `status` before anything is accepted. */
  failNext(count: number, status: number, options?: FailOptions): void;
  /** E-mails to this address are refused: a 422 for a single send, an error entry in a permissive batch. */
  rejectAddress(address: string, message?: string): void;
  /** The next `count` requests are accepted at once but answered after `ms` (a client timeout). */
  delayNext(count: number, ms: number): void;
  /** The next `count` requests have their connection destroyed without an answer (nothing accepted). */
  dropNext(count: number): void;
  /** Stops listening and closes open connections: new requests are refused (ECONNREFUSED). */
  refuseConnections(): Promise<void>;
  /** Listens again on the same port. */
  acceptConnections(): Promise<void>;
  /** Forgets messages, requests, keys and scripted behaviour. */
  reset(): void;
  close(): Promise<void>;
}

interface StoredAnswer {
  bodyHash: string;
  status: number;
  payload: unknown;
}

interface Scripted {
  kind: "fail" | "delay" | "drop";
  status?: number;
  options?: FailOptions;
  ms?: number;
}

const MAX_BATCH = 100;

export async function startFakeResend(options: { apiKey?: string } = {}): Promise<FakeResend> {
  const apiKey = options.apiKey ?? "re_fake_test_key";
  let messages: FakeResendMessage[] = [];
  let requests: FakeResendRequest[] = [];
  let answers = new Map<string, StoredAnswer>();
  let acceptedByKey = new Map<string, number>();
  let script: Scripted[] = [];
  let rejected = new Map<string, string>();
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();

  const server = createServer((request, response) => {
    readBody(request)
      .then((raw) => handle(request, response, raw))
      .catch(() => {
        if (!response.headersSent) send(response, 500, errorBody(500));
      });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  // Keep-alive sockets would otherwise outlive refuseConnections() and close().
  server.keepAliveTimeout = 1000;

  await listen(0);
  const port = (server.address() as AddressInfo).port;

  function listen(onPort: number) {
    return new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(onPort, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
  }

  function stopListening() {
    return new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  }

  function handle(request: IncomingMessage, response: ServerResponse, raw: string) {
    const path = new URL(request.url ?? "/", "http://fake.invalid").pathname;
    const method = request.method ?? "GET";
    const keyHeader = request.headers["idempotency-key"];
    const idempotencyKey = typeof keyHeader === "string" ? keyHeader : undefined;
    const log = (status: number, replayed = false) =>
      requests.push({ method, path, idempotencyKey, status, replayed });

    const next = script.shift();
    if (next?.kind === "drop") {
      log(0);
      request.socket.destroy();
      return;
    }
    if (next?.kind === "fail") {
      const status = next.status ?? 500;
      log(status);
      const headers: Record<string, string> = {};
      if (next.options?.retryAfter !== undefined) headers["retry-after"] = String(next.options.retryAfter);
      return send(response, status, errorBody(status, next.options), headers);
    }
    const delayMs = next?.kind === "delay" ? (next.ms ?? 0) : 0;
    const answer = (status: number, payload: unknown, replayed = false) => {
      log(status, replayed);
      if (delayMs <= 0) return send(response, status, payload);
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!response.destroyed) send(response, status, payload);
      }, delayMs);
      timers.add(timer);
    };

    if (request.headers.authorization !== `Bearer ${apiKey}`) {
      return answer(401, errorBody(401, { message: "Missing or invalid API key" }));
    }
    if (method !== "POST" || (path !== "/emails" && path !== "/emails/batch")) {
      return answer(404, errorBody(404, { name: "not_found", message: `${method} ${path} is not faked` }));
    }
    if (idempotencyKey !== undefined && (idempotencyKey.length === 0 || idempotencyKey.length > 256)) {
      return answer(400, errorBody(400, { message: "Idempotency-Key must be 1 to 256 characters" }));
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return answer(400, errorBody(400, { name: "invalid_json", message: "Body is not JSON" }));
    }

    // Resend's rule: the same key with the same body answers the first answer again without
    // sending; the same key with another body is a 409. Kept here for the fake's lifetime.
    const storeKey = idempotencyKey ? `${path} ${idempotencyKey}` : undefined;
    const bodyHash = createHash("sha256").update(raw).digest("hex");
    const stored = storeKey ? answers.get(storeKey) : undefined;
    if (stored) {
      if (stored.bodyHash !== bodyHash) {
        return answer(
          409,
          errorBody(409, { message: "Same idempotency key used with a different request body" }),
        );
      }
      return answer(stored.status, stored.payload, true);
    }

    const result =
      path === "/emails"
        ? acceptSingle(body, idempotencyKey)
        : acceptBatch(body, idempotencyKey, request.headers["x-batch-validation"] === "permissive");
    if (storeKey && result.status < 300) {
      answers.set(storeKey, { bodyHash, status: result.status, payload: result.payload });
      acceptedByKey.set(idempotencyKey!, (acceptedByKey.get(idempotencyKey!) ?? 0) + 1);
    }
    answer(result.status, result.payload);
  }

  function acceptSingle(body: unknown, idempotencyKey: string | undefined) {
    const parsed = parseEmail(body);
    if (typeof parsed === "string") return { status: 422, payload: errorBody(422, { message: parsed }) };
    const refusal = refusalFor(parsed.to);
    if (refusal) return { status: 422, payload: errorBody(422, { message: refusal }) };
    const id = record(parsed, idempotencyKey);
    return { status: 200, payload: { id } };
  }

  function acceptBatch(body: unknown, idempotencyKey: string | undefined, permissive: boolean) {
    if (!Array.isArray(body) || body.length === 0 || body.length > MAX_BATCH) {
      return {
        status: 422,
        payload: errorBody(422, { message: `A batch holds 1 to ${MAX_BATCH} e-mails` }),
      };
    }
    const parsed = body.map(parseEmail);
    const errors: { index: number; message: string }[] = [];
    parsed.forEach((email, index) => {
      const message = typeof email === "string" ? email : refusalFor(email.to);
      if (message) errors.push({ index, message });
    });
    // Strict validation (the SDK's default) refuses the whole batch for one bad e-mail.
    const [first] = errors;
    if (first && !permissive) {
      return {
        status: 422,
        payload: errorBody(422, { message: `emails[${first.index}]: ${first.message}` }),
      };
    }
    const data: { id: string }[] = [];
    parsed.forEach((email, index) => {
      if (typeof email !== "string" && !errors.some((error) => error.index === index)) {
        data.push({ id: record(email, idempotencyKey, index) });
      }
    });
    return { status: 200, payload: permissive ? { data, errors } : { data } };
  }

  function refusalFor(to: string[]): string | undefined {
    for (const address of to) {
      const message = rejected.get(address.toLowerCase());
      if (message) return message;
    }
    return undefined;
  }

  function record(email: ParsedEmail, idempotencyKey: string | undefined, batchIndex?: number) {
    const id = randomUUID();
    messages.push({ id, idempotencyKey, batchIndex, ...email, acceptedAt: new Date() });
    return id;
  }

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    apiKey,
    get messages() {
      return messages;
    },
    get requests() {
      return requests;
    },
    acceptedCount: (key) => acceptedByKey.get(key) ?? 0,
    duplicates(header) {
      const counts = new Map<string, number>();
      for (const message of messages) {
        const value = headerValue(message.headers, header);
        if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      return [...counts].filter(([, count]) => count > 1).map(([value]) => value);
    },
    failNext(count, status, failOptions) {
      for (let i = 0; i < count; i++) script.push({ kind: "fail", status, options: failOptions });
    },
    rejectAddress(address, message = `Invalid \`to\` field: ${address}`) {
      rejected.set(address.toLowerCase(), message);
    },
    delayNext(count, ms) {
      for (let i = 0; i < count; i++) script.push({ kind: "delay", ms });
    },
    dropNext(count) {
      for (let i = 0; i < count; i++) script.push({ kind: "drop" });
    },
    refuseConnections: stopListening,
    acceptConnections: () => (server.listening ? Promise.resolve() : listen(port)),
    reset() {
      messages = [];
      requests = [];
      answers = new Map();
      acceptedByKey = new Map();
      script = [];
      rejected = new Map();
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await stopListening();
    },
  };
}
