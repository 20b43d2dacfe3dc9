// Several Herald instances against one PostgreSQL: are 20,000 deliveries sent exactly once, and how does
// the throughput of two web instances and two workers compare with one of each, in the same run?
//   npx tsx bench/instances.bench.ts      (or: npm run bench -- instances; needs a build: npm run build)
// A fresh embedded PostgreSQL (.data/bench-instances, port 54371) with the demo data, the fake Resend API
// in a process of its own (bench/lib/fake-resend-process.ts) as the provider, and Herald's real processes
// from the existing `.next` build: scripts/server.ts (what `npm start` runs) and scripts/worker.ts (what
// `npm run worker` runs), each with MAIL_TRANSPORT=resend pointed at the fake.
//   (1) baseline: one web instance and one worker process;
//   (2) two web instances (ports 3171, 3172) and two worker processes on the same database.
// Each phase posts 200 events of 100 direct recipients (20,000 deliveries) through POST /api/v1/events,
// 8 requests in flight, spread round robin over its web instances, and waits until every delivery is
// SENT. It then checks, against the fake's own records, that each delivery was accepted exactly once:
// every delivery id of the posted events among the accepted e-mails, no X-Herald-Delivery-Id twice.
// (The demo data's subscribers of the type get a delivery of each event too: 9 per event.)
// The throughput is deliveries / (first POST → last delivery SENT). BENCH_APP_DIR: serve another
// directory's `.next` (a copy of the build, when others rebuild this one meanwhile).
import "./lib/outside-next";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startFakeResendProcess } from "./lib/fake-resend-client";
import { startWebServer, startWorkerProcess, type Started } from "./lib/herald-server";
import { loadAverage, machineLine } from "./lib/bench-database";

const { createPrismaClient } = await import("@/lib/db/client");
const { startEmbeddedPostgres } = await import("@/lib/db/embedded");
const { migrate } = await import("@/lib/db/migrate");
const { generateApiKey } = await import("@/lib/api-keys/secret");
const { samplePayloads } = await import("@/lib/templates/payloads");
const { seed } = await import("../prisma/seed/index");
const { demoAdmin } = await import("../prisma/seed/demo-data");

const DATA_DIR = ".data/bench-instances";
const PG_PORT = 54371;
const PORTS = [3171, 3172];
const TYPE = "access-control.request-approved" as const;
const EVENTS = Number(process.env.BENCH_EVENTS ?? 200);
const PER_EVENT = 100;
const IN_FLIGHT = 8;
const MAIL_FROM = "Herald <herald@bench.test>";

type Database = ReturnType<typeof createPrismaClient>;

interface Phase {
  label: string;
  webs: number;
  workers: number;
}

interface PhaseResult {
  deliveries: number;
  postMs: number;
  totalMs: number;
  rate: number;
}

async function postEvents(urls: string[], key: string, tag: string): Promise<string[]> {
  const eventIds: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < EVENTS) {
        const index = next++;
        const recipients = Array.from({ length: PER_EVENT }, (_, r) => ({
          email: `r${index * PER_EVENT + r}-${tag}@bench.test`,
        }));
        const response = await fetch(`${urls[index % urls.length]}/api/v1/events`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${key}`,
            "idempotency-key": `instances-${tag}-${index}`,
          },
          body: JSON.stringify({ type: TYPE, payload: samplePayloads[TYPE], recipients, source: "bench" }),
        });
        const body = (await response.json()) as { data?: { eventId: string } };
        if (response.status !== 202 || !body.data) {
          throw new Error(`Event ${index} was not accepted: ${response.status} ${JSON.stringify(body)}`);
        }
        eventIds.push(body.data.eventId);
      }
    }),
  );
  return eventIds;
}

/** Waits until no delivery of these events is left to send; throws on any FAILED one. */
async function waitUntilSent(db: Database, eventIds: string[]) {
  for (;;) {
    const [row] = await db.$queryRaw<{ left: bigint; failed: bigint; total: bigint }[]>`
      SELECT count(*) FILTER (WHERE status IN ('QUEUED', 'SENDING')) AS left,
             count(*) FILTER (WHERE status = 'FAILED') AS failed,
             count(*) AS total
      FROM "Delivery" WHERE "eventId" = ANY(${eventIds}::uuid[])`;
    if (Number(row!.failed) > 0) throw new Error(`${row!.failed} deliveries FAILED`);
    if (Number(row!.left) === 0) return Number(row!.total);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main() {
  console.log(`${machineLine()}; load ${loadAverage()}`);
  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });
  const provider = await startFakeResendProcess();
  const postgres = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, database: "herald" });
  const running: Started[] = [];
  const stopRunning = async () => {
    for (const started of running.splice(0).reverse()) await started.stop();
  };
  const stopAll = async () => {
    await stopRunning();
    await postgres.stop();
    provider.close();
  };
  const onSignal = () => void stopAll().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const db = createPrismaClient(postgres.url, { max: 2 });
  // Every instance gets the same transport settings, as a real deployment's would (docs/deployment.md).
  Object.assign(process.env, {
    MAIL_TRANSPORT: "resend",
    RESEND_API_KEY: provider.apiKey,
    RESEND_BASE_URL: provider.baseUrl,
    MAIL_FROM,
    HERALD_WORKER_METRICS_PORT: "0",
    LOG_LEVEL: "warn",
  });
  try {
    await migrate(postgres.url);
    await seed(postgres.url);
    const admin = await db.user.findUniqueOrThrow({
      where: { email: demoAdmin.email },
      select: { id: true },
    });
    const apiKey = generateApiKey();
    await db.apiKey.create({
      data: {
        name: "bench instances",
        prefix: apiKey.prefix,
        hash: apiKey.hash,
        scopes: ["EVENTS_WRITE"],
        createdById: admin.id,
      },
    });
    const options = (port: number) => ({
      databaseUrl: postgres.url,
      port,
      authSecret: randomBytes(32).toString("base64url"),
      logDir: path.resolve(DATA_DIR),
      appDir: process.env.BENCH_APP_DIR,
    });
    const phases: Phase[] = [
      { label: "1 web instance + 1 worker (baseline)", webs: 1, workers: 1 },
      { label: "2 web instances + 2 workers", webs: 2, workers: 2 },
    ];
    const results: PhaseResult[] = [];
    console.log(
      `${EVENTS} events × ${PER_EVENT} recipients per phase through POST /api/v1/events, ${IN_FLIGHT} in flight.`,
    );
    for (const phase of phases) {
      await provider.reset();
      // One AUTH_SECRET for every instance of the phase, as a real deployment must share it.
      const shared = options(PORTS[0]!);
      for (const port of PORTS.slice(0, phase.webs)) {
        running.push(await startWebServer({ ...shared, port }));
      }
      for (let index = 0; index < phase.workers; index += 1) running.push(startWorkerProcess(shared));
      const urls = PORTS.slice(0, phase.webs).map((port) => `http://127.0.0.1:${port}`);
      const tag = randomBytes(3).toString("hex");
      const start = performance.now();
      const eventIds = await postEvents(urls, apiKey.key, tag);
      const postMs = performance.now() - start;
      const deliveries = await waitUntilSent(db, eventIds);
      const totalMs = performance.now() - start;
      await stopRunning();

      // Every delivery of these events accepted exactly once. The type's subscribers in the demo data get
      // a delivery of each event too, and the fake may also have accepted e-mails of other deliveries.
      const ours = await db.$queryRaw<{ id: string }[]>`
        SELECT id::text FROM "Delivery" WHERE "eventId" = ANY(${eventIds}::uuid[])`;
      const audit = await provider.audit();
      const accepted = new Set(audit.deliveryIds);
      const missing = ours.filter(({ id }) => !accepted.has(id)).length;
      const problems = [
        deliveries < EVENTS * PER_EVENT && `${deliveries} deliveries for ${EVENTS * PER_EVENT} recipients`,
        missing > 0 && `${missing} deliveries never accepted by the provider`,
        audit.duplicates.length > 0 && `${audit.duplicates.length} deliveries accepted twice`,
      ].filter(Boolean);
      if (problems.length) throw new Error(`${phase.label}: ${problems.join("; ")}`);
      const rate = (deliveries / totalMs) * 1000;
      results.push({ deliveries, postMs, totalMs, rate });
      console.log(
        `  ${phase.label.padEnd(40)} ${deliveries} sent exactly once | posting ${(postMs / 1000).toFixed(1)} s, ` +
          `last sent after ${(totalMs / 1000).toFixed(1)} s | ${rate.toFixed(0)} deliveries/s | load ${loadAverage()}`,
      );
    }
    const [baseline, scaled] = results as [PhaseResult, PhaseResult];
    console.log(
      `  ratio (2 + 2 over 1 + 1): ${(scaled.rate / baseline.rate).toFixed(2)}× the baseline's deliveries/s`,
    );
  } finally {
    await db.$disconnect();
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
