// Builds a Prisma client over node-postgres. The app uses the singleton in lib/db/index.ts; seeds,
// tests and benchmarks build their own against the database they were given.
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import type { Logger } from "pino";
import { createLogger, parseLogLevel } from "@/lib/observability/logger";
import { registerPool } from "./prepared";

// Not lib/log (it reads lib/env, which scripts import only once DATABASE_URL is settled).
let logger: Logger | undefined;
const poolLog = () => (logger ??= createLogger({ level: parseLogLevel(process.env.LOG_LEVEL) }));

export function createPrismaClient(connectionString: string, options: { max?: number } = {}) {
  const pool = new Pool({
    connectionString,
    max: options.max ?? 10,
    // A server that drops packets instead of refusing (a firewall, a dead host) must not hold a request
    // forever: a new connection that is not up within 10 s fails, and the request gets its 503.
    connectionTimeoutMillis: 10_000,
    // Dead peers of idle pooled connections are noticed by TCP keep-alive rather than by the next query.
    keepAlive: true,
  });
  // An idle connection the server closed (a restart, a failover) is an 'error' on the pool: unheard, it
  // would end the process. The pool drops that connection and opens another on next use (or the next
  // request gets its 503), so it is only logged. Prisma's adapter listens too, but only once its first
  // query ran: a process that has only used the prepared statements would have died.
  pool.on("error", (error) => poolLog().warn({ err: error }, "An idle database connection was closed"));
  // The pool is ours so that the hottest queries can run as prepared statements on it (prepared.ts);
  // $disconnect still ends it.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // The adapter recognises a pool by `instanceof`: a second copy of pg in a bundle would make it build
  // a pool of its own from this one's fields. Fail at start rather than run on two pools.
  if ((adapter as unknown as { externalPool?: unknown }).externalPool !== pool) {
    throw new Error("@prisma/adapter-pg did not take Herald's connection pool (two copies of pg?)");
  }
  const client = new PrismaClient({
    adapter,
    // Secrets never leave the data layer by accident: reading them takes an explicit `omit: { … false }`.
    omit: { user: { passwordHash: true }, apiKey: { hash: true } },
  });
  registerPool(client, pool);
  return client;
}

export type Database = ReturnType<typeof createPrismaClient>;
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];
