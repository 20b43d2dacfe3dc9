// What every fault scenario (tests/faults/run.ts) stands on: a PostgreSQL of its own, Herald's real worker
// and web processes (bench/lib/herald-server.ts), the fake Resend API and a real SMTP server in this
// process so that a scenario can script their failures, and the one check every scenario ends with:
// nothing lost, nothing sent twice.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { FakeResend } from "../fakes/fake-resend";
import type { SmtpSink } from "../fakes/smtp-sink";
import {
  startWebServer,
  startWorkerProcess,
  type ServerOptions,
  type Started,
} from "../../bench/lib/herald-server";
import { createUser } from "../../prisma/seed/factories";
import { generateApiKey } from "@/lib/api-keys/secret";
import { syncCatalog } from "@/lib/catalog/sync";
import { createPrismaClient, type Database } from "@/lib/db/client";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { samplePayloads } from "@/lib/templates/payloads";

export const AUTH_SECRET = randomBytes(32).toString("base64url");

/** Options for Herald's processes in `dir` against `databaseUrl` (one AUTH_SECRET for all of them). */
export function processOptions(dir: string, databaseUrl: string, port = 3181): ServerOptions {
  mkdirSync(dir, { recursive: true });
  // FAULTS_APP_DIR: serve another directory's `.next` (a copy of the build, when others rebuild this one).
  return {
    databaseUrl,
    port,
    authSecret: AUTH_SECRET,
    logDir: path.resolve(dir),
    appDir: process.env.FAULTS_APP_DIR,
  };
}

/** A worker process that can be killed without mercy: SIGKILL to its whole process group. */
export interface Worker extends Started {
  kill(): void;
  /** Resolves once the process reports its worker loop running; rejects if it exits first. */
  ready: Promise<void>;
}

export function startWorker(options: ServerOptions): Worker {
  const started = startWorkerProcess(options);
  const ready = new Promise<void>((resolve, reject) => {
    started.child.on("message", (message: { type?: string }) => message.type === "ready" && resolve());
    started.child.once("exit", (code, signal) => reject(new Error(`worker exited (${code ?? signal})`)));
  });
  ready.catch(() => {}); // a worker killed before it was ready is not an error by itself
  return {
    ...started,
    ready,
    kill() {
      try {
        process.kill(-started.child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Settled {
  total: number;
  byStatus: Record<string, number>;
}

/** Waits until no delivery of these events is QUEUED or SENDING, or throws after `timeoutMs`. */
export async function waitUntilSettled(
  db: Database,
  eventIds: string[],
  timeoutMs: number,
): Promise<Settled> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await db.$queryRaw<{ status: string; n: bigint }[]>`
      SELECT status::text, count(*) AS n FROM "Delivery" WHERE "eventId" = ANY(${eventIds}::uuid[]) GROUP BY status`;
    const byStatus = Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
    const pending = (byStatus.QUEUED ?? 0) + (byStatus.SENDING ?? 0);
    if (pending === 0) return { total: rows.reduce((sum, row) => sum + Number(row.n), 0), byStatus };
    if (Date.now() > deadline) {
      throw new Error(
        `Still ${pending} deliveries pending after ${timeoutMs / 1000} s: ${JSON.stringify(byStatus)}`,
      );
    }
    await sleep(250);
  }
}

export interface Verdict {
  deliveries: number;
  viaResend: number;
  viaSmtp: number;
}

/**
 * Nothing lost, nothing sent twice: every delivery of these events is SENT, and the provider and the
 * SMTP server together accepted exactly one e-mail per delivery id — no id twice, none missing, none
 * foreign. Throws with every problem found.
 */
export async function verifyExactlyOnce(
  db: Database,
  eventIds: string[],
  resend: FakeResend,
  smtp?: SmtpSink,
): Promise<Verdict> {
  const rows = await db.$queryRaw<{ id: string; status: string }[]>`
    SELECT id::text, status::text FROM "Delivery" WHERE "eventId" = ANY(${eventIds}::uuid[])`;
  const expected = new Set(rows.map((row) => row.id));
  const seen = new Map<string, number>();
  const count = (id: string | undefined) => id && seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const email of resend.messages) count(email.headers["X-Herald-Delivery-Id"]);
  for (const email of smtp?.messages ?? []) count(email.headers["x-herald-delivery-id"]);
  const twice = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  const missing = [...expected].filter((id) => !seen.has(id));
  const foreign = [...seen.keys()].filter((id) => !expected.has(id));
  const unsent = rows.filter((row) => row.status !== "SENT");
  const problems = [
    twice.length && `${twice.length} deliveries sent twice (e.g. ${twice[0]})`,
    missing.length && `${missing.length} deliveries never reached a provider (e.g. ${missing[0]})`,
    foreign.length && `${foreign.length} e-mails for deliveries of other events`,
    unsent.length && `${unsent.length} deliveries not SENT (e.g. ${unsent[0]!.status})`,
  ].filter(Boolean);
  if (problems.length) throw new Error(problems.join("; "));
  return {
    deliveries: rows.length,
    viaResend: resend.messages.length,
    viaSmtp: smtp?.messages.length ?? 0,
  };
}

export interface Cluster {
  postgres: RunningPostgres;
  db: Database;
  /** Stops PostgreSQL and starts it again on the same data directory and port. */
  restart(pauseMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A fresh PostgreSQL in `dir` on `port`, migrated, with the catalog synced. */
export async function startCluster(dir: string, port: number): Promise<Cluster> {
  const options = { dataDir: dir, port, database: "herald" };
  let postgres = await startEmbeddedPostgres(options);
  await migrate(postgres.url);
  const db = createPrismaClient(postgres.url, { max: 4 });
  await syncCatalog(db);
  return {
    get postgres() {
      return postgres;
    },
    db,
    async restart(pauseMs = 0) {
      await postgres.stop();
      await sleep(pauseMs);
      postgres = await startEmbeddedPostgres(options);
    },
    async close() {
      await db.$disconnect();
      await postgres.stop();
    },
  };
}

/** `count` direct recipients with addresses unique to this call. */
export function recipients(count: number) {
  const tag = randomBytes(4).toString("hex");
  return Array.from({ length: count }, (_, index) => ({ email: `r${index}-${tag}@faults.test` }));
}

/** The environment every Herald process of a scenario inherits: the fake Resend as the provider. */
export function sendThroughFake(resend: FakeResend, extra: Record<string, string> = {}) {
  Object.assign(process.env, {
    MAIL_TRANSPORT: "resend",
    RESEND_API_KEY: resend.apiKey,
    RESEND_BASE_URL: resend.baseUrl,
    MAIL_FROM: "Herald <herald@faults.test>",
    HERALD_WORKER_LEASE_SECONDS: "3",
    HERALD_WORKER_METRICS_PORT: "0",
    LOG_LEVEL: "warn",
    ...extra,
  });
}

/** Polls `url` until it answers `status`; returns the milliseconds it took. */
export async function waitForStatus(url: string, status: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const answered = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (answered === status) return Date.now() - started;
    if (Date.now() - started > timeoutMs)
      throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms`);
    await sleep(200);
  }
}

const EVENT_TYPE = "access-control.request-approved" as const;

/** The body of one event to 50 direct recipients of its own, from source "faults". */
export function eventBody() {
  return JSON.stringify({
    type: EVENT_TYPE,
    payload: samplePayloads[EVENT_TYPE],
    recipients: recipients(50),
    source: "faults",
  });
}

/**
 * POST /api/v1/events as an integration should: on a 5xx or a dropped connection, the same request
 * again with the same Idempotency-Key until it is accepted (a 4xx is a bug: thrown).
 */
export class RetryingClient {
  readonly eventIds = new Set<string>();
  private readonly statuses = new Map<number, number>();

  constructor(
    private readonly base: string,
    private readonly apiKey: string,
  ) {}

  async post(idempotencyKey: string, body: string, timeoutMs = 180_000): Promise<string> {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
      const response = await fetch(`${this.base}/api/v1/events`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${this.apiKey}`,
          "idempotency-key": idempotencyKey,
        },
        body,
        signal: AbortSignal.timeout(15_000),
      }).catch(() => undefined);
      const status = response?.status ?? 0;
      this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
      if (status === 202) {
        const { data } = (await response!.json()) as { data: { eventId: string } };
        this.eventIds.add(data.eventId);
        return data.eventId;
      }
      if (status >= 400 && status < 500)
        throw new Error(`${idempotencyKey}: ${status} ${await response!.text()}`);
      await sleep(500);
    }
    throw new Error(`${idempotencyKey} was never accepted`);
  }

  /** "202×60, 503×4, no answer×2" */
  answers() {
    return [...this.statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status || "no answer"}×${n}`)
      .join(", ");
  }
}

/**
 * Herald as an integration meets it: a web server and a worker on the cluster (pushed onto `running`, for
 * the caller to stop), an ADMIN's API key of scope events:write, and a retrying client posting with it.
 */
export async function startApiStack(db: Database, options: ServerOptions, running: Started[]) {
  const admin = await createUser(db, { role: "ADMIN" });
  const key = generateApiKey();
  await db.apiKey.create({
    data: {
      name: "faults",
      prefix: key.prefix,
      hash: key.hash,
      scopes: ["EVENTS_WRITE"],
      createdById: admin.id,
    },
  });
  running.push(await startWebServer(options));
  running.push(startWorker(options));
  const base = `http://127.0.0.1:${options.port}`;
  return { base, client: new RetryingClient(base, key.key) };
}

/**
 * The end of a scenario that posted `expected` events through `client`: each stored once (no retry made a
 * second event) and every delivery of them sent exactly once. Returns the summary line.
 */
export async function verifyPosted(
  db: Database,
  client: RetryingClient,
  resend: FakeResend,
  expected: number,
) {
  const eventIds = [...client.eventIds];
  const settled = await waitUntilSettled(db, eventIds, 5 * 60_000);
  const verdict = await verifyExactlyOnce(db, eventIds, resend);
  const events = await db.event.count({ where: { source: "faults" } });
  if (events !== expected || eventIds.length !== expected) {
    throw new Error(
      `${events} events stored and ${eventIds.length} distinct ids answered for ${expected} posted`,
    );
  }
  return (
    `${expected} events posted with retries (answers: ${client.answers()}), ${events} stored, ` +
    `${settled.total} deliveries, ${verdict.viaResend} e-mails accepted`
  );
}
