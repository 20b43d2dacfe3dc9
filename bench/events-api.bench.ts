// POST /api/v1/events under load: how many events per second does Herald's production server accept,
// and how fast does it answer, against the cheapest authenticated API route of the same server?
//   npx tsx bench/events-api.bench.ts      (or: npm run bench -- events-api; needs a build: npm run build)
// Starts a fresh embedded PostgreSQL (.data/bench-api, port 54367) with the demo data (what `npm start`
// seeds), then Herald's web server from the existing `.next` build (scripts/server.ts, port 3167,
// 127.0.0.1 only, NODE_ENV=production) without workers, so that the first measurement is ingestion
// only. API keys are inserted directly (as an admin's would be). The per-key limit (1,200 requests a
// minute, counted in PostgreSQL) stays as it is: the load is spread round robin over KEYS keys, as
// many integrations would spread it; every 429 would show in the non-2xx count.
// autocannon (10 connections, 20 s each, after a 5 s warm-up per route), all on 127.0.0.1:
//   (b) baseline: GET /api/v1/catalog/{type} — key lookup, rate-limit upsert, one small JSON answer;
//   (c) for comparison: GET /api/v1/openapi.json — public, no database (the document is built once);
//   (a) POST /api/v1/events — one event of a type with a handful of recipients in the demo data (its
//       sample payload, a fresh Idempotency-Key per request): validation, idempotency record, dedup
//       check, resolver, event and deliveries in one transaction; 202;
//   (a1), (b1) the same with one connection: the cost of one request with no queue in front of it;
//   (a') the same as (a) with one worker process (scripts/worker.ts) sending what comes in to the Mailbox.
// The server, the worker and PostgreSQL are stopped at the end whatever happens. BENCH_APP_DIR: run the
// server from another directory's `.next` (a copy of the build, when others rebuild this one meanwhile).
// BENCH_COMMIT_DELAY=<µs>: run with PostgreSQL's group-commit delay (commit_delay) set, for comparison.
// Where the CPU goes: during (a), (b) and (a2) the script reads the CPU time of the web server(s), of
// PostgreSQL (the postmaster and every backend) and of itself (the load generator) from /proc, per
// answered request, and the ceiling it sets: cores ÷ CPU per request. (a2): (a) against two web
// instances (ports 3167, 3168) on the same database, half the connections each, in the same run.
// BENCH_STATEMENTS=1: load pg_stat_statements and print what each statement costs per POST (diagnosis).
import "./lib/outside-next";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import os from "node:os";
import { autocannon, combineResults, type LoadRequest, type LoadResult } from "./lib/autocannon";
import { startWebServer, startWorkerProcess, type Started } from "./lib/herald-server";
import { cpuLine, cpuNow, postmasterPid } from "./lib/process-cpu";

const { createPrismaClient } = await import("@/lib/db/client");
type Database = ReturnType<typeof createPrismaClient>;
const { startEmbeddedPostgres } = await import("@/lib/db/embedded");
const { migrate } = await import("@/lib/db/migrate");
const { generateApiKey } = await import("@/lib/api-keys/secret");
const { resolveRecipients } = await import("@/lib/subscriptions/resolve-recipients");
const { samplePayloads } = await import("@/lib/templates/payloads");
const { seed } = await import("../prisma/seed/index");
const { demoAdmin } = await import("../prisma/seed/demo-data");

const DATA_DIR = ".data/bench-api";
const PG_PORT = 54367;
const PORT = 3167;
const TYPE = (process.env.BENCH_TYPE ?? "access-control.request-approved") as keyof typeof samplePayloads;
const KEYS = 200;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const WARM_UP = 5;
const TARGET_RATE = 500;
const TARGET_P99 = 100;
const STATEMENTS = process.env.BENCH_STATEMENTS === "1";

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");

/**
 * Samples, until the returned function is called, what the database's active sessions wait on
 * (pg_stat_activity: CPU when nothing, else wait_event_type:wait_event), as shares of the samples.
 */
function sampleWaits(db: Database): () => Promise<string> {
  const counts = new Map<string, number>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const rows = await db.$queryRaw<{ wait: string }[]>`
        SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait FROM pg_stat_activity
        WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`;
      samples += 1;
      for (const { wait } of rows) counts.set(wait, (counts.get(wait) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return (
      [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([wait, n]) => `${wait} ${(n / samples).toFixed(2)}`)
        .join(", ") + ` (active sessions per sample, ${samples} samples)`
    );
  };
}

/** Commits, WAL fsyncs and WAL kB of the database server so far (deltas give a run's figures). */
async function databaseCounters(db: Database) {
  const [row] = await db.$queryRaw<{ commits: number; walSyncs: number; walKb: number }[]>`
    SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database())::float8 AS commits,
           (SELECT coalesce(sum(fsyncs), 0) FROM pg_stat_io WHERE object = 'wal')::float8 AS "walSyncs",
           (SELECT wal_bytes / 1024 FROM pg_stat_wal)::float8 AS "walKb"`;
  return row!;
}

async function main() {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; load ${loadAverage()}`,
  );
  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });
  const postgres = await startEmbeddedPostgres({
    dataDir: DATA_DIR,
    port: PG_PORT,
    database: "herald",
    settings: STATEMENTS ? { shared_preload_libraries: "pg_stat_statements" } : undefined,
  });
  const postgresPid = postmasterPid(path.join(DATA_DIR, "postgres"));
  const running: Started[] = [];
  const stopAll = async () => {
    for (const started of running.splice(0).reverse()) await started.stop();
    await postgres.stop();
  };
  // Ctrl-C: the finally below runs once main's await is interrupted by the exit.
  const onSignal = () => void stopAll().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const db = createPrismaClient(postgres.url, { max: 2 });
  try {
    await migrate(postgres.url);
    await seed(postgres.url);
    if (STATEMENTS) await db.$executeRawUnsafe(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    // BENCH_COMMIT_DELAY=<µs>: PostgreSQL's group-commit delay (commit_delay, with commit_siblings 1)
    // for a comparison run; unset leaves the server's defaults (0: no delay).
    if (process.env.BENCH_COMMIT_DELAY) {
      const delay = Number(process.env.BENCH_COMMIT_DELAY);
      await db.$executeRawUnsafe(`ALTER SYSTEM SET commit_delay = ${Math.trunc(delay)}`);
      await db.$executeRawUnsafe(`ALTER SYSTEM SET commit_siblings = 1`);
      await db.$executeRawUnsafe(`SELECT pg_reload_conf()`);
      console.log(`commit_delay = ${Math.trunc(delay)} µs, commit_siblings = 1`);
    }
    const admin = await db.user.findUniqueOrThrow({
      where: { email: demoAdmin.email },
      select: { id: true },
    });
    const keys = Array.from({ length: KEYS }, () => generateApiKey());
    await db.apiKey.createMany({
      data: keys.map((key, index) => ({
        name: `bench ${index + 1}`,
        prefix: key.prefix,
        hash: key.hash,
        scopes: ["EVENTS_WRITE", "CATALOG_READ"],
        createdById: admin.id,
      })),
    });
    // Diagnosis only (BENCH_SYNCHRONOUS_COMMIT=off): how much of a request is waiting for commits to reach disk.
    const synchronousCommit = process.env.BENCH_SYNCHRONOUS_COMMIT;
    if (synchronousCommit && /^(on|off|local)$/.test(synchronousCommit)) {
      await db.$executeRawUnsafe(`ALTER DATABASE herald SET synchronous_commit = ${synchronousCommit}`);
      console.log(
        `DIAGNOSIS: synchronous_commit = ${synchronousCommit} for this run (not Herald's setting).`,
      );
    }
    // Diagnosis only (BENCH_WITHOUT_NOTIFY=1): the run without the Delivery insert's NOTIFY trigger, whose
    // commit-time lock on the notification queue makes notifying transactions commit one at a time.
    if (process.env.BENCH_WITHOUT_NOTIFY === "1") {
      await db.$executeRawUnsafe(`DROP TRIGGER "Delivery_queued_notify" ON "Delivery"`);
      console.log(`DIAGNOSIS: no NOTIFY on delivery inserts for this run (workers poll).`);
    }
    const recipients = await resolveRecipients(db, { typeKey: TYPE });
    const history = await db.delivery.count();

    const options = {
      databaseUrl: postgres.url,
      port: PORT,
      authSecret: randomBytes(32).toString("base64url"),
      logDir: path.resolve(DATA_DIR),
      appDir: process.env.BENCH_APP_DIR,
    };
    const web = await startWebServer(options);
    running.push(web);
    const url = `http://127.0.0.1:${PORT}`;

    let sent = 0;
    const authorised = (request: LoadRequest): LoadRequest => ({
      ...request,
      headers: {
        ...request.headers,
        authorization: `Bearer ${keys[sent % KEYS]!.key}`,
        "idempotency-key": `bench-${process.pid}-${sent++}`,
      },
    });
    const body = JSON.stringify({ type: TYPE, payload: samplePayloads[TYPE], source: "bench" });
    const post: LoadRequest = {
      method: "POST",
      path: "/api/v1/events",
      headers: { "content-type": "application/json" },
      body,
      setupRequest: authorised,
    };
    const read: LoadRequest = { method: "GET", path: `/api/v1/catalog/${TYPE}`, setupRequest: authorised };
    const open: LoadRequest = { method: "GET", path: "/api/v1/openapi.json" };

    // One request by hand first: it must be accepted, not counted as a duplicate, and reach recipients.
    const probe = await fetch(`${url}/api/v1/events`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${keys[0]!.key}` },
      body,
    });
    const accepted = (await probe.json()) as { data?: { deliveryCount: number; duplicate: boolean } };
    if (
      probe.status !== 202 ||
      !accepted.data ||
      accepted.data.duplicate ||
      accepted.data.deliveryCount === 0
    ) {
      throw new Error(`The probe event was not accepted as new: ${probe.status} ${JSON.stringify(accepted)}`);
    }
    console.log(
      `Demo data: ${history.toLocaleString("en")} deliveries of history; "${TYPE}" reaches ${recipients.length} ` +
        `recipients (the probe queued ${accepted.data.deliveryCount}); ${KEYS} API keys used round robin; ` +
        `${CONNECTIONS} connections, ${DURATION} s per measurement after ${WARM_UP} s warm-up.`,
    );

    const load = (request: LoadRequest, duration: number, connections = CONNECTIONS) =>
      autocannon({ url, connections, duration, requests: [request] });
    const line = (label: string, result: LoadResult) =>
      console.log(
        `  ${label.padEnd(52)} ${result.requests.average.toFixed(0).padStart(6)} req/s | latency p50 ${result.latency.p50} ms, ` +
          `p99 ${result.latency.p99} ms, max ${result.latency.max} ms | ${result["2xx"]} 2xx, ${result.non2xx} non-2xx, ` +
          `${result.errors} errors, ${result.timeouts} timeouts | load ${loadAverage()}`,
      );

    await load(open, WARM_UP);
    await load(read, WARM_UP);
    await load(post, WARM_UP);
    const floor = await load(open, DURATION);
    line(`(c) GET /api/v1/openapi.json (public, no database)`, floor);
    const cpuBeforeBaseline = cpuNow([web.child.pid!], postgresPid);
    const baseline = await load(read, DURATION);
    line(`(b) GET /api/v1/catalog/{type} (baseline)`, baseline);
    console.log(`    ${cpuLine(cpuBeforeBaseline, cpuNow([web.child.pid!], postgresPid), baseline["2xx"])}`);
    const waits = sampleWaits(db);
    const before = await databaseCounters(db);
    if (STATEMENTS) await db.$executeRawUnsafe(`SELECT pg_stat_statements_reset()`);
    const cpuBefore = cpuNow([web.child.pid!], postgresPid);
    const ingest = await load(post, DURATION);
    const cpuAfter = cpuNow([web.child.pid!], postgresPid);
    const after = await databaseCounters(db);
    line(`(a) POST /api/v1/events, no worker`, ingest);
    console.log(`    ${cpuLine(cpuBefore, cpuAfter, ingest["2xx"])}`);
    if (STATEMENTS) console.log(await statementCosts(db, ingest["2xx"]));
    console.log(
      `    what the server's PostgreSQL sessions were doing during (a), sampled every 50 ms: ${await waits()}`,
    );
    const perRequest = (name: keyof typeof after) =>
      ((after[name] - before[name]) / Math.max(1, ingest["2xx"])).toFixed(2);
    console.log(
      `    per accepted POST during (a): ${perRequest("commits")} commits, ${perRequest("walSyncs")} WAL fsyncs, ` +
        `${perRequest("walKb")} kB of WAL (the whole database, this sampler included)`,
    );
    // One connection: what one request costs with no queue in front of it.
    line(`(b1) GET /api/v1/catalog/{type}, 1 connection`, await load(read, DURATION / 2, 1));
    line(`(a1) POST /api/v1/events, 1 connection, no worker`, await load(post, DURATION / 2, 1));

    // (a2) Two web instances on the same database, the connections split between them.
    const second = await startWebServer({ ...options, port: PORT + 1 });
    running.push(second);
    const urls = [url, `http://127.0.0.1:${PORT + 1}`];
    await Promise.all(
      urls.map((target) => autocannon({ url: target, connections: 1, duration: WARM_UP, requests: [post] })),
    );
    const cpuBeforeTwo = cpuNow([web.child.pid!, second.child.pid!], postgresPid);
    const halves = await Promise.all(
      urls.map((target) =>
        autocannon({ url: target, connections: CONNECTIONS / 2, duration: DURATION, requests: [post] }),
      ),
    );
    const cpuAfterTwo = cpuNow([web.child.pid!, second.child.pid!], postgresPid);
    const two = combineResults(halves);
    line(`(a2) POST /api/v1/events, 2 web instances, no worker`, two);
    console.log(`    ${cpuLine(cpuBeforeTwo, cpuAfterTwo, two["2xx"])}`);
    await second.stop();
    running.splice(running.indexOf(second), 1);

    running.push(startWorkerProcess(options));
    await load(post, WARM_UP);
    const withWorker = await load(post, DURATION);
    line(`(a') POST /api/v1/events, one worker sending`, withWorker);
    const queued = await db.delivery.groupBy({ by: ["status"], _count: { _all: true } });

    const verdict = (result: LoadResult) =>
      `${result.requests.average >= TARGET_RATE ? "meets" : "MISSES"} ≥ ${TARGET_RATE}/s, ` +
      `${result.latency.p99 <= TARGET_P99 ? "meets" : "MISSES"} p99 ≤ ${TARGET_P99} ms`;
    console.log(
      `Ratio (a)/(b): ${(ingest.requests.average / baseline.requests.average).toFixed(2)}× in throughput, ` +
        `p99 ${(ingest.latency.p99 / baseline.latency.p99).toFixed(2)}×; (a) ${verdict(ingest)}; ` +
        `(a')/(b): ${(withWorker.requests.average / baseline.requests.average).toFixed(2)}×; (a') ${verdict(withWorker)}; ` +
        `(a2) two web instances: ${(two.requests.average / ingest.requests.average).toFixed(2)}× (a), ${verdict(two)}`,
    );
    console.log(
      `Deliveries at the end by status: ${queued.map((row) => `${row.status} ${row._count._all}`).join(", ")}`,
    );
  } finally {
    await db.$disconnect();
    await stopAll();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** pg_stat_statements since its reset: the statements of (a), by total time, per accepted POST. */
async function statementCosts(db: Database, accepted: number): Promise<string> {
  const rows = await db.$queryRaw<{ query: string; calls: number; totalMs: number; meanMs: number }[]>`
    SELECT left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 90) AS query, calls::float8 AS calls,
           total_exec_time AS "totalMs", mean_exec_time AS "meanMs"
    FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 8`;
  return rows
    .map(
      (row) =>
        `    ${(row.totalMs / Math.max(1, accepted)).toFixed(3)} ms/POST, ${(row.calls / Math.max(1, accepted)).toFixed(2)} calls/POST, ` +
        `mean ${row.meanMs.toFixed(3)} ms: ${row.query}`,
    )
    .join("\n");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
