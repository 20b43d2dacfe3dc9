// Named prepared statements for the hottest queries (the events API: the key and rate limit, the
// resolver, the event's write). Through Prisma a raw query is an unnamed statement, parsed, analysed
// and planned on every call: for the resolver's query that is ~5 ms of the database's CPU against
// ~1 ms prepared (bench/prepared.bench.ts). node-postgres prepares a named statement once per
// connection and PostgreSQL caches its plan. No "server-only": enqueue runs in workers and benches.
import { createHash } from "node:crypto";
import type { Pool, QueryResultRow } from "pg";
import type { Prisma } from "@/generated/prisma/client";
import { PG_CONNECTION_FAILURE } from "@/lib/errors";
import type { Database } from "./client";
import { isTransaction, type DbOrTx } from "./transaction";

const pools = new WeakMap<object, Pool>();

/** Called by createPrismaClient: the pool its adapter runs on. */
export function registerPool(client: object, pool: Pool) {
  pools.set(client, pool);
}

const names = new Map<string, string>();

/** One name per statement text (a text's parameters are $1…$n, so the text is the statement). */
function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `herald_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs `sql` as a named prepared statement on the client's own pool; in a transaction (or on a client
 * built elsewhere) through Prisma, as any raw query. Rows come back as node-postgres reads them: the
 * same types as Prisma's raw queries for what Herald selects (text, int, boolean, timestamptz, jsonb,
 * text[]). Connection failures are reported the way Prisma's are, so that a request answers 503.
 */
export async function queryPrepared<T extends QueryResultRow>(db: DbOrTx, sql: Prisma.Sql): Promise<T[]> {
  const pool = isTransaction(db) ? undefined : pools.get(db as Database);
  if (!pool) return db.$queryRaw<T[]>(sql);
  try {
    const result = await pool.query<T>({ name: statementName(sql.text), text: sql.text, values: sql.values });
    return result.rows;
  } catch (error) {
    throw asDatabaseError(error);
  }
}

/** Socket-level failures of the pool's own connections to PostgreSQL. */
const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);

/**
 * node-postgres's errors in the shape lib/errors.ts reads for Prisma's adapter: a server error keeps
 * its SQLSTATE (`kind: "postgres"`), a lost or refused connection becomes DatabaseNotReachable.
 */
function asDatabaseError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code))
    return Object.assign(error, { kind: "postgres" });
  if ((typeof code === "string" && CONNECTION_CODES.has(code)) || PG_CONNECTION_FAILURE.test(error.message)) {
    return Object.assign(error, { kind: "DatabaseNotReachable" });
  }
  return error;
}

/**
 * Runs several statements, without parameters, in one round trip (the simple query protocol) on the
 * client's pool; false when the client has no pool of Herald's (the caller then does it through Prisma).
 */
export async function runScript(db: Database, script: string): Promise<boolean> {
  const pool = pools.get(db);
  if (!pool) return false;
  try {
    await pool.query(script);
    return true;
  } catch (error) {
    throw asDatabaseError(error);
  }
}
