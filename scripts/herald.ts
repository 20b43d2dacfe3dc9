// `npm start` / `npm run dev`: one command from a fresh clone to a running Herald.
//  1. PostgreSQL: DATABASE_URL if set, else the embedded server under .data/ (started here).
//  2. Migrations, catalog sync, demo data on an empty database.
//  3. `next build` when the sources changed since the last build (start only).
//  4. The web server as a child process; Ctrl-C / SIGTERM stops it first, PostgreSQL last.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openDatabase, DEFAULT_DATA_DIR } from "../lib/db/local";
import { migrate } from "../lib/db/migrate";
import { seed } from "../prisma/seed/index";
import { seedOptionsFromEnv } from "../prisma/seed/bootstrap";
import { isBuildCurrent } from "./lib/build-stamp";
import { demoAdmin, demoAuditor, demoEmail, demoPasswords, demoUsers } from "../prisma/seed/demo-data";
import { createLogger, parseLogLevel } from "../lib/observability/logger";

const mode = process.argv[2] === "dev" ? "dev" : "start";
if (existsSync(".env")) process.loadEnvFile(".env");
// Lifecycle and errors as JSON lines; the start banner below stays plain text, for people.
const logger = createLogger({ service: "launcher", level: parseLogLevel(process.env.LOG_LEVEL) });
const log = (line: string) => logger.info(line);

const dataDir = process.env.HERALD_DATA_DIR ?? DEFAULT_DATA_DIR;
const port = Number(process.env.PORT ?? 3000);

async function main() {
  const started = Date.now();
  const database = await openDatabase(log);
  const children: ChildProcess[] = [];
  let stopping = false;

  async function stop(code: number) {
    if (stopping) return;
    stopping = true;
    log("Stopping…");
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
    await database.stop();
    log("Stopped.");
    process.exit(code);
  }
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  // Settled before the seed: the demo e-mails carry unsubscribe links signed and addressed as the
  // server will verify and serve them.
  process.env.AUTH_SECRET ??= authSecret();
  process.env.APP_URL ??= `http://localhost:${port}`;
  let demo = true;
  try {
    const applied = await migrate(database.url);
    if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
    const options = seedOptionsFromEnv(process.env);
    demo = options.demo;
    await seed(database.url, log, options);
  } catch (error) {
    logger.error({ err: error }, "Migrations or seed failed");
    await stop(1);
    return;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Used once by the seed above: the web server and the workers never see it.
    HERALD_ADMIN_PASSWORD: undefined,
    DATABASE_URL: database.url,
    AUTH_SECRET: process.env.AUTH_SECRET,
    APP_URL: process.env.APP_URL,
    PORT: String(port),
    NODE_ENV: mode === "dev" ? "development" : "production",
  };

  if (mode === "start" && !isBuildCurrent()) {
    log("Building (first start, or the sources changed)…");
    const code = await run(process.execPath, ["--import", "tsx", "scripts/build.ts"], env);
    if (code !== 0) return stop(code ?? 1);
  }

  startWorkers(env);

  const web = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/server.ts", ...(mode === "dev" ? ["--dev"] : [])],
    {
      env,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
  children.push(web);
  web.on("exit", (code) => {
    if (!stopping) {
      log(`The web server exited (code ${code}).`);
      void stop(code || 1);
    }
  });
  web.on("message", (message: { type?: string }) => {
    if (message.type !== "ready") return;
    const url = env.APP_URL;
    const pad = (s: string) => s.padEnd(34);
    console.log(
      [
        "",
        `  Herald is ready at ${url}  (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        `  Database: ${process.env.DATABASE_URL ? "DATABASE_URL" : `embedded PostgreSQL in ${path.resolve(dataDir)}`}`,
        "",
        ...(demo
          ? [
              "  Demo sign-ins:",
              `    ADMIN    ${pad(demoAdmin.email)} ${demoPasswords.admin}`,
              `    AUDITOR  ${pad(demoAuditor.email)} ${demoPasswords.auditor}`,
              `    USER     ${pad(demoEmail(demoUsers[0]!.name))} ${demoPasswords.user}  (and ${demoUsers.length - 1} more users)`,
            ]
          : ["  No demo data (HERALD_DEMO_DATA=false): sign in with your administrator account."]),
        "",
        "  Ctrl-C stops Herald and its database.",
        "",
      ].join("\n"),
    );
  });

  /**
   * The delivery workers and the scheduler, in their own process (scripts/worker.ts): HERALD_WORKERS
   * worker loops (default 1; 0 = none) and the periodic jobs unless HERALD_SCHEDULER=false. Stopped
   * with the web server, before PostgreSQL; restarted if it dies while Herald runs.
   */
  function startWorkers(env: NodeJS.ProcessEnv, restarts = 0) {
    const workers = env.HERALD_WORKERS ?? "1";
    const scheduler = env.HERALD_SCHEDULER ?? "true";
    if (stopping || (workers === "0" && ["false", "0"].includes(scheduler))) return;
    const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      env,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    children.push(worker);
    const started = Date.now();
    worker.on("exit", (code) => {
      children.splice(children.indexOf(worker), 1);
      if (stopping) return;
      // One that ran a while is restarted at once; one that keeps failing at start, ever more slowly.
      const again = Date.now() - started > 60_000 ? 0 : restarts + 1;
      log(`The worker exited (code ${code}); restarting it.`);
      setTimeout(
        () => startWorkers(env, again),
        again === 0 ? 0 : Math.min(30_000, 500 * 2 ** again),
      ).unref();
    });
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<number | null>((resolve) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code));
  });
}

/** AUTH_SECRET when none is configured: generated once and kept beside the data. */
function authSecret() {
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "Herald could not start");
  process.exit(1);
});
