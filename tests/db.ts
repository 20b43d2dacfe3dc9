// The integration tests' database client (the fresh per-run database from tests/global-setup.ts).
import { inject } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/client";

let client: Database | undefined;

export function testDb(): Database {
  client ??= createPrismaClient(inject("databaseUrl"), { max: 4 });
  return client;
}

/** An AuditActor for service calls made by tests. */
export function testActor(id: string | null = null) {
  return { id, label: "integration test", ip: "127.0.0.1", requestId: "test" };
}
