// Integration tests run against a real PostgreSQL: TEST_DATABASE_SERVER_URL's server if set, otherwise
// an embedded one under .data/test. Each run gets a fresh database, migrated and catalog-synced, and
// drops it at the end.
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { syncCatalog } from "@/lib/catalog/sync";
import { createPrismaClient } from "@/lib/db/client";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { freePort } from "./free-port";

export default async function setup(project: TestProject) {
  const database = `herald_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  let server: RunningPostgres;
  let dataDir: string | undefined;
  if (process.env.TEST_DATABASE_SERVER_URL) {
    server = { url: "", adminUrl: process.env.TEST_DATABASE_SERVER_URL, stop: async () => {} };
  } else {
    // A throwaway cluster per run (initdb takes ~2 s) on a free port, so parallel runs never meet.
    dataDir = `.data/test/run-${process.pid}-${randomBytes(3).toString("hex")}`;
    server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "postgres" });
  }
  await ensureDatabase(server.adminUrl, database);
  const url = new URL(server.adminUrl);
  url.pathname = `/${database}`;
  await migrate(url.toString());
  const db = createPrismaClient(url.toString(), { max: 2 });
  await syncCatalog(db);
  await db.$disconnect();

  process.env.DATABASE_URL = url.toString();
  project.provide("databaseUrl", url.toString());

  return async () => {
    await dropDatabase(server.adminUrl, database);
    await server.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
