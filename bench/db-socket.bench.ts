// The embedded PostgreSQL through its Unix socket (how Herald's processes reach it) against loopback TCP
// (the baseline, how they reached it before): the CPU one event of the events API costs in its three
// database round trips, on each side.
//   npx tsx bench/db-socket.bench.ts      (or: npm run bench -- db-socket)
// A fresh embedded PostgreSQL (.data/bench-socket, port 54372) with the demo data `npm start` seeds and
// 200 API keys. One event is what POST /api/v1/events does in the database, called in-process without
// HTTP: the key lookup with its rate-limit count, then enqueueEvent with an Idempotency-Key claim (the
// resolver, then the event, its 9 deliveries and the key's record in one statement). CONCURRENCY
// events in flight on a pool of as many connections, EVENTS per measurement, TCP and socket alternating
// round after round so that the machine's swings hit both. For each: events per second, and CPU per
// event of this process (the client: node-postgres, the pool, Herald's code) and of PostgreSQL (the
// postmaster and every backend, from /proc).
import "./lib/outside-next";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { loadAverage, machineLine, runBench } from "./lib/bench-database";
import { ownCpuMs, postmasterPid, treeCpuMs } from "./lib/process-cpu";
import { summary } from "./lib/stats";

const { createPrismaClient } = await import("@/lib/db/client");
type Database = ReturnType<typeof createPrismaClient>;
const { startEmbeddedPostgres } = await import("@/lib/db/embedded");
const { migrate } = await import("@/lib/db/migrate");
const { generateApiKey } = await import("@/lib/api-keys/secret");
const { findKeyAndTakeToken } = await import("@/lib/api/rate-limit");
const { enqueueEvent } = await import("@/lib/dispatch/enqueue");
const { samplePayloads } = await import("@/lib/templates/payloads");
const { seed } = await import("../prisma/seed/index");
const { demoAdmin } = await import("../prisma/seed/demo-data");

const DATA_DIR = ".data/bench-socket";
const TYPE = "access-control.request-approved";
const KEYS = 200;
const CONCURRENCY = 10;
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);

interface Round {
  perSecond: number;
  /** CPU milliseconds per event. */
  client: number;
  server: number;
}

interface Medians extends Round {
  total: number;
}

type Key = ReturnType<typeof generateApiKey>;

const TCP = "loopback TCP (baseline)";
const SOCKET = "Unix socket";

/** EVENTS events, CONCURRENCY at a time, as the events API writes them. */
async function measure(db: Database, keys: Key[], postgresPid: number): Promise<Round> {
  let started = 0;
  const post = async () => {
    while (started < EVENTS) {
      const key = keys[started % keys.length]!;
      started += 1;
      const { key: stored } = await findKeyAndTakeToken(
        key.hash,
        { prefix: key.prefix, scope: "EVENTS_WRITE" },
        Number.MAX_SAFE_INTEGER,
        { db },
      );
      const apiKeyId = stored!.id;
      await enqueueEvent(
        db,
        { typeKey: TYPE, payload: samplePayloads[TYPE] },
        { kind: "API", apiKeyId },
        {
          claim: {
            apiKeyId,
            key: randomUUID(),
            requestHash: randomUUID(),
            status: 202,
            body: (data) => ({ data }),
            ttlHours: 24,
          },
        },
      );
    }
  };
  const start = performance.now();
  const client = ownCpuMs();
  const server = treeCpuMs(postgresPid);
  await Promise.all(Array.from({ length: CONCURRENCY }, post));
  return {
    perSecond: (EVENTS * 1000) / (performance.now() - start),
    client: (ownCpuMs() - client) / EVENTS,
    server: (treeCpuMs(postgresPid) - server) / EVENTS,
  };
}

async function main() {
  console.log(`${machineLine()}; load ${loadAverage()}`);
  rmSync(DATA_DIR, { recursive: true, force: true });
  const postgres = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: 54372, database: "herald" });
  const postgresPid = postmasterPid(path.join(DATA_DIR, "postgres"));
  const socketUrl = postgres.url;
  const tcp = new URL(socketUrl);
  tcp.searchParams.delete("host");
  if (tcp.toString() === socketUrl) throw new Error("The embedded server has no Unix socket here");
  const clients = {
    [TCP]: createPrismaClient(tcp.toString(), { max: CONCURRENCY }),
    [SOCKET]: createPrismaClient(socketUrl, { max: CONCURRENCY }),
  };
  try {
    await migrate(socketUrl);
    await seed(socketUrl);
    const db = clients[SOCKET];
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
        scopes: ["EVENTS_WRITE"],
        createdById: admin.id,
      })),
    });
    console.log(
      `One event of "${TYPE}" (9 recipients in the demo data) as the events API writes it; ` +
        `${CONCURRENCY} in flight, ${EVENTS.toLocaleString("en")} per measurement, ${ROUNDS} rounds alternating after a warm-up of each.`,
    );
    for (const db of Object.values(clients)) await measure(db, keys, postgresPid);
    const rounds = new Map<string, Round[]>(Object.keys(clients).map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, db] of Object.entries(clients))
        rounds.get(name)!.push(await measure(db, keys, postgresPid));
    }
    const medians = new Map<string, Medians>();
    for (const [name, results] of rounds) {
      const median = (pick: (round: Round) => number) => summary(results.map(pick)).median;
      const row = {
        perSecond: median((r) => r.perSecond),
        client: median((r) => r.client),
        server: median((r) => r.server),
        total: median((r) => r.client + r.server),
      };
      medians.set(name, row);
      console.log(
        `  ${name.padEnd(24)} ${row.perSecond.toFixed(0).padStart(5)} events/s | CPU per event: client ` +
          `${row.client.toFixed(3)} ms, PostgreSQL ${row.server.toFixed(3)} ms, both ${row.total.toFixed(3)} ms (medians)`,
      );
    }
    const tcpRow = medians.get(TCP)!;
    const socketRow = medians.get(SOCKET)!;
    const fewer = (name: "client" | "server" | "total") =>
      `${((1 - socketRow[name] / tcpRow[name]) * 100).toFixed(0)} %`;
    const cheaperRounds = rounds.get(SOCKET)!.filter((r, i) => r.client < rounds.get(TCP)![i]!.client).length;
    console.log(
      `Ratio socket / TCP: ${(socketRow.perSecond / tcpRow.perSecond).toFixed(2)}× events/s; CPU per event ` +
        `${(socketRow.total / tcpRow.total).toFixed(2)}× (client ${fewer("client")} less, PostgreSQL ` +
        `${fewer("server")} less); the client was cheaper through the socket in ${cheaperRounds} of ${ROUNDS} rounds. ` +
        `Load ${loadAverage()}.`,
    );
  } finally {
    for (const db of Object.values(clients)) await db.$disconnect();
    await postgres.stop();
  }
}

runBench(main);
