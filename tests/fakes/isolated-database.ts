// A database of one's own for integration tests that change process-wide rows (the one MailSettings
// row, the three TransportHealth rows), which would otherwise meet the other test files running in
// parallel on the run's shared database. Created on the run's server, migrated, dropped afterwards.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/client";
import { dropDatabase, ensureDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

export interface IsolatedDatabase {
  db: Database;
  url: string;
  drop(): Promise<void>;
}

export async function createIsolatedDatabase(prefix = "herald_iso"): Promise<IsolatedDatabase> {
  const shared = new URL(inject("databaseUrl"));
  const admin = new URL(shared);
  admin.pathname = "/postgres";
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await ensureDatabase(admin.toString(), name);
  const url = new URL(shared);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const db = createPrismaClient(url.toString(), { max: 2 });
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.$disconnect();
      await dropDatabase(admin.toString(), name);
    },
  };
}
