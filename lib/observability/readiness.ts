// What /readyz checks: PostgreSQL answers within a short timeout, every migration folder is applied,
// and (when this deployment runs workers) at least one worker's heartbeat is fresh. Its own
// short-lived pg connection with connect and statement timeouts: Prisma's pool would queue a probe
// behind a stuck database instead of failing it fast. No "server-only": tests import it.
import pg from "pg";
import { readMigrations } from "@/lib/db/migrate";

/** A heartbeat older than this reads as a stopped instance (lib/system/services/status.ts agrees). */
export const HEARTBEAT_STALE_SECONDS = 30;

export interface ReadinessOptions {
  databaseUrl: string;
  /** Whether a worker must be running (HERALD_WORKERS > 0 in this deployment). */
  expectWorkers: boolean;
  timeoutMs?: number;
  migrationsDir?: string;
}

export interface ReadinessCheck {
  ok: boolean;
  detail?: string;
}

export interface Readiness {
  ready: boolean;
  checks: { database: ReadinessCheck; migrations: ReadinessCheck; worker: ReadinessCheck };
}

export async function checkReadiness(options: ReadinessOptions): Promise<Readiness> {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const client = new pg.Client({
    connectionString: options.databaseUrl,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs,
  });
  // A connection that drops after connecting emits 'error'; without a listener it would crash the process.
  client.on("error", () => {});
  const skipped: ReadinessCheck = { ok: false, detail: "database unreachable" };
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    return {
      ready: false,
      checks: { database: { ok: false, detail: describe(error) }, migrations: skipped, worker: skipped },
    };
  }
  try {
    const database: ReadinessCheck = { ok: true };
    const migrations = await checkMigrations(client, options.migrationsDir);
    const worker = options.expectWorkers
      ? await checkWorker(client)
      : { ok: true, detail: "no workers expected (HERALD_WORKERS=0)" };
    return { ready: migrations.ok && worker.ok, checks: { database, migrations, worker } };
  } catch (error) {
    const failed = { ok: false, detail: describe(error) };
    return { ready: false, checks: { database: failed, migrations: skipped, worker: skipped } };
  } finally {
    await client.end().catch(() => {});
  }
}

async function checkMigrations(client: pg.Client, dir?: string): Promise<ReadinessCheck> {
  const folders = (await readMigrations(dir)).map((migration) => migration.name);
  const table = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`,
  );
  if (!table.rows[0]?.exists) return { ok: false, detail: `${folders.length} migrations pending` };
  const applied = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Set(applied.rows.map((row) => row.name));
  const pending = folders.filter((name) => !done.has(name));
  return pending.length === 0
    ? { ok: true, detail: `${folders.length} applied` }
    : { ok: false, detail: `pending: ${pending.join(", ")}` };
}

async function checkWorker(client: pg.Client): Promise<ReadinessCheck> {
  const result = await client.query<{ fresh: string }>(
    `SELECT count(*) AS fresh FROM "ServiceInstance"
     WHERE kind = 'WORKER' AND "stoppedAt" IS NULL
       AND "lastHeartbeatAt" > now() - make_interval(secs => $1)`,
    [HEARTBEAT_STALE_SECONDS],
  );
  const fresh = Number(result.rows[0]?.fresh ?? 0);
  return fresh > 0
    ? { ok: true, detail: `${fresh} worker${fresh === 1 ? "" : "s"} with a fresh heartbeat` }
    : { ok: false, detail: `no worker heartbeat in the last ${HEARTBEAT_STALE_SECONDS} s` };
}

function describe(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}
