import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncCatalog } from "@/lib/catalog/sync";
import { createPrismaClient, type Database } from "@/lib/db/client";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { startFakeResend, type FakeResend } from "@/tests/fakes/fake-resend";
import { startWorker } from "./worker";
import { addresses, enqueueTo, eventually, senderFor, statusCounts } from "./testing";
import { freePort } from "@/tests/free-port";

// A PostgreSQL server of this test's own, so it can be restarted under a running worker.
const dataDir = `.data/test/worker-restart-${process.pid}-${randomBytes(3).toString("hex")}`;
let port: number;
let server: RunningPostgres;
let db: Database;
let resend: FakeResend;

beforeAll(async () => {
  port = await freePort();
  server = await startEmbeddedPostgres({ dataDir, port, database: "herald" });
  await migrate(server.url);
  db = createPrismaClient(server.url, { max: 4 });
  await syncCatalog(db);
  resend = await startFakeResend();
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await resend?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("delivery worker and a PostgreSQL restart", () => {
  it("recovers by itself: claims again and listens again, so the next event's e-mail leaves on its NOTIFY", async () => {
    const sender = await senderFor(db, resend);
    // Polling so slow that only the NOTIFY (on a re-established LISTEN) can wake the worker in time.
    const worker = startWorker({
      db,
      databaseUrl: server.url,
      sender,
      from: "Herald <h@example.test>",
      pollMs: 600_000,
    });
    try {
      const before = await enqueueTo(db, addresses(3));
      await eventually(async () => expect(await statusCounts(db, before.eventId)).toEqual({ SENT: 3 }));

      await server.stop();
      server = await startEmbeddedPostgres({ dataDir, port, database: "herald" });

      const after = await eventually(() => enqueueTo(db, addresses(3)), 60_000);
      await eventually(
        async () => expect(await statusCounts(db, after.eventId)).toEqual({ SENT: 3 }),
        30_000,
      );
      expect(resend.duplicates("X-Herald-Delivery-Id")).toEqual([]);
    } finally {
      await worker.stop();
    }
  }, 180_000);
});
