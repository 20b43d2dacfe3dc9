// What every database bench does around its measurements: say which machine it ran on, create a
// throwaway database on an embedded PostgreSQL (migrated, catalog synced), drop it afterwards, and
// exit non-zero on failure. No lib/env.ts import here (the benches set the environment themselves).
import { randomBytes } from "node:crypto";
import os from "node:os";
import { syncCatalog } from "@/lib/catalog/sync";
import { createPrismaClient, type Database } from "@/lib/db/client";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

/** "Machine: <cpu>, <n> cores, <x> GiB RAM, Node <version>" */
export function machineLine() {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`;
}

/** The 1, 5 and 15 minute load averages, comma-separated. */
export function loadAverage(digits = 2) {
  return os
    .loadavg()
    .map((n) => n.toFixed(digits))
    .join(", ");
}

export interface BenchDatabaseOptions {
  /** Where the embedded PostgreSQL keeps its files, e.g. ".data/bench-enqueue". */
  dataDir: string;
  port: number;
  /** Pool size of the Prisma client. */
  max: number;
}

/**
 * Runs `body` against a fresh, migrated database with the catalog synced; the database is dropped and
 * the server stopped afterwards, whether `body` succeeds or throws.
 */
export async function withBenchDatabase<T>(
  { dataDir, port, max }: BenchDatabaseOptions,
  body: (db: Database, url: string) => Promise<T>,
): Promise<T> {
  const server = await startEmbeddedPostgres({ dataDir, port, database: "postgres" });
  const name = `herald_bench_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await ensureDatabase(server.adminUrl, name);
  const url = new URL(server.adminUrl);
  url.pathname = `/${name}`;
  const db = createPrismaClient(url.toString(), { max });
  try {
    await migrate(url.toString());
    await syncCatalog(db);
    return await body(db, url.toString());
  } finally {
    await db.$disconnect();
    await dropDatabase(server.adminUrl, name);
    await server.stop();
  }
}

/** Runs a bench's main; any failure is printed and the process exits 1. */
export function runBench(main: () => Promise<void>) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
