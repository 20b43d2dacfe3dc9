// `npm run worker`: Herald's delivery workers (and its periodic jobs) without the web server, so
// several web and worker instances can share one PostgreSQL. `npm start` runs this same script as a
// child process (scripts/herald.ts).
//
//   DATABASE_URL                 the shared database; unset: Herald's embedded PostgreSQL (the one a
//                                running `npm start` owns, else started here)
//   AUTH_SECRET                  the web server's (unsubscribe links are signed with it); unset: the
//                                one `npm start` keeps in $HERALD_DATA_DIR/auth-secret
//   HERALD_WORKERS               worker loops in this process (default 1)
//   HERALD_SCHEDULER             run the periodic jobs here too (default true)
//   HERALD_WORKER_LEASE_SECONDS  claim lease (default 60)
//
// SIGTERM / SIGINT: claims stop, unstarted work returns to the queue, in-flight sends finish, then exit.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_DATA_DIR, DEFAULT_PG_PORT, openDatabase } from "../lib/db/local";
import { embeddedUrl, socketDirectory } from "../lib/db/embedded";
import { createLogger, parseLogLevel } from "../lib/observability/logger";

if (existsSync(".env")) process.loadEnvFile(".env");
// JSON lines (lib/observability/logger.ts); built before lib/env.ts can be imported (DATABASE_URL may
// not be settled yet), so LOG_LEVEL is read here directly.
const logger = createLogger({ service: "worker", level: parseLogLevel(process.env.LOG_LEVEL) });
const log = (line: string) => logger.info(line);

const dataDir = process.env.HERALD_DATA_DIR ?? DEFAULT_DATA_DIR;

/** The embedded PostgreSQL `npm start` is running, if it is: connect to it rather than start another. */
function runningEmbeddedUrl(): string | undefined {
  const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
  const passwordFile = path.join(dataDir, "postgres.password");
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  const password = readFileSync(passwordFile, "utf8").trim();
  const port = Number(process.env.HERALD_PG_PORT ?? DEFAULT_PG_PORT);
  const socketDir = socketDirectory(path.resolve(dataDir, "postgres"), port);
  return embeddedUrl({ password, port, database: "herald", socketDir });
}

async function main() {
  const embedded = process.env.DATABASE_URL ? undefined : runningEmbeddedUrl();
  const database = embedded ? { url: embedded, stop: async () => {} } : await openDatabase(log);
  process.env.DATABASE_URL = database.url;
  const secretFile = path.join(dataDir, "auth-secret");
  if (!process.env.AUTH_SECRET && existsSync(secretFile)) {
    process.env.AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
  }

  // Imported once DATABASE_URL and AUTH_SECRET are settled: lib/env.ts validates them on import.
  const { env } = await import("../lib/env");
  const { createPrismaClient } = await import("../lib/db/client");
  const { createMailSender } = await import("../lib/mail/sender");
  const { startWorker } = await import("../lib/dispatch/worker/worker");
  const { startScheduler } = await import("../lib/dispatch/scheduler");

  const workers = env.HERALD_WORKERS;
  const db = createPrismaClient(env.DATABASE_URL, { max: 4 + workers * 4 });
  const sender = createMailSender(db);
  const running = Array.from({ length: workers }, () =>
    startWorker({
      db,
      databaseUrl: env.DATABASE_URL,
      sender,
      from: env.MAIL_FROM,
      leaseMs: env.HERALD_WORKER_LEASE_SECONDS * 1000,
    }),
  );
  const scheduler = env.HERALD_SCHEDULER ? startScheduler({ db, log }) : undefined;
  // Send latency lives in this process: served on loopback for a local Prometheus (or agent).
  const { startMetricsServer } = await import("../lib/observability/metrics-server");
  const metricsServer =
    env.HERALD_WORKER_METRICS_PORT > 0
      ? await startMetricsServer(env.HERALD_WORKER_METRICS_PORT).catch((error: unknown) => {
          logger.warn({ err: error }, `Worker metrics not served on port ${env.HERALD_WORKER_METRICS_PORT}`);
          return undefined;
        })
      : undefined;
  log(
    `${workers} worker${workers === 1 ? "" : "s"} (${running.map((worker) => worker.workerId).join(", ") || "none"})` +
      `${scheduler ? " and the scheduler" : ""} running`,
  );
  process.send?.({ type: "ready" });

  let stopping = false;
  async function stop() {
    if (stopping) return;
    stopping = true;
    log("Stopping: finishing in-flight sends…");
    scheduler?.stop();
    metricsServer?.close();
    await Promise.all(running.map((worker) => worker.stop()));
    await scheduler?.idle();
    await db.$disconnect();
    await database.stop();
    log("Stopped.");
    process.exit(0);
  }
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "The worker process could not start");
  process.exit(1);
});
