import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { startFakeResend, type FakeResend } from "@/tests/fakes/fake-resend";
import { startWorker, type DeliveryWorker } from "./worker";
import {
  addresses,
  enqueueTo,
  eventually,
  isolatedDatabase,
  senderFor,
  statusCounts,
  type IsolatedDatabase,
} from "./testing";

let database: IsolatedDatabase;
let resend: FakeResend;
const workers: DeliveryWorker[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  [database, resend] = await Promise.all([isolatedDatabase(), startFakeResend()]);
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  resend.reset();
});

afterAll(async () => {
  await resend?.close();
  await database?.drop();
});

function deliveredIds(eventId: string) {
  return resend.messages
    .filter((m) => m.headers["X-Herald-Event-Id"] === eventId)
    .map((m) => m.headers["X-Herald-Delivery-Id"]);
}

describe("delivery workers under concurrency and crashes", () => {
  it("two workers sending 500 deliveries at once never claim the same row, and send each exactly once", async () => {
    const sender = await senderFor(database.db, resend);
    // Slow answers keep both workers busy at once.
    resend.delayNext(25, 100);
    const { eventId, deliveryCount } = await enqueueTo(database.db, addresses(500));
    expect(deliveryCount).toBe(500);
    const clients = [
      createPrismaClient(database.url, { max: 6 }),
      createPrismaClient(database.url, { max: 6 }),
    ];
    for (const db of clients) {
      workers.push(
        startWorker({
          db,
          databaseUrl: database.url,
          sender,
          from: env.MAIL_FROM,
          claimSize: 20,
        }),
      );
    }
    await eventually(
      async () => expect(await statusCounts(database.db, eventId)).toEqual({ SENT: 500 }),
      60_000,
    );

    const [first, second] = workers;
    expect(first!.claimed + second!.claimed).toBe(500);
    expect(first!.claimed).toBeGreaterThan(0);
    expect(second!.claimed).toBeGreaterThan(0);
    expect(resend.duplicates("X-Herald-Delivery-Id")).toEqual([]);
    expect(new Set(deliveredIds(eventId)).size).toBe(500);
    const attempts = await database.db.deliveryAttempt.groupBy({
      by: ["workerId"],
      where: { delivery: { eventId } },
      _count: { _all: true },
    });
    expect(attempts.reduce((sum, row) => sum + row._count._all, 0)).toBe(500);
    await Promise.all(clients.map((db) => db.$disconnect()));
  });

  it("a worker process SIGKILLed in the middle of a 2,000-recipient event loses nothing and sends nothing twice", async () => {
    // Every answer comes late, so the killed worker always has batches the provider accepted but
    // never confirmed: exactly the case the batch key exists for.
    resend.delayNext(1000, 300);
    const { eventId, deliveryCount } = await enqueueTo(database.db, addresses(2000));
    expect(deliveryCount).toBe(2000);

    const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      env: {
        AUTH_SECRET: env.AUTH_SECRET,
        APP_URL: env.APP_URL,
        NODE_ENV: "test",
        DATABASE_URL: database.url,
        HERALD_WORKERS: "1",
        HERALD_SCHEDULER: "false",
        HERALD_WORKER_LEASE_SECONDS: "2",
        MAIL_TRANSPORT: "resend",
        RESEND_API_KEY: resend.apiKey,
        RESEND_BASE_URL: resend.baseUrl,
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(child);
    await eventually(async () => expect(deliveredIds(eventId).length).toBeGreaterThanOrEqual(400), 60_000);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    const afterKill = await statusCounts(database.db, eventId);
    expect(afterKill.SENT ?? 0).toBeLessThan(2000);
    expect(afterKill.SENDING).toBeGreaterThan(0);

    const sender = await senderFor(database.db, resend);
    workers.push(
      startWorker({
        db: database.db,
        databaseUrl: database.url,
        sender,
        from: env.MAIL_FROM,
        leaseMs: 2000,
      }),
    );
    await eventually(
      async () => expect(await statusCounts(database.db, eventId)).toEqual({ SENT: 2000 }),
      90_000,
    );

    // Nothing lost, nothing twice: every delivery accepted once, and the interrupted batches were
    // re-sent under their keys and answered from the provider's idempotency store.
    expect(resend.duplicates("X-Herald-Delivery-Id")).toEqual([]);
    expect(new Set(deliveredIds(eventId)).size).toBe(2000);
    const replays = resend.requests.filter((request) => request.replayed);
    expect(replays.length).toBeGreaterThan(0);
    for (const replay of replays) expect(resend.acceptedCount(replay.idempotencyKey!)).toBe(1);
    const rows = await database.db.delivery.findMany({
      where: { eventId },
      select: { providerMessageId: true },
    });
    const accepted = new Set(resend.messages.map((m) => m.id));
    expect(rows.every((row) => row.providerMessageId && accepted.has(row.providerMessageId))).toBe(true);
  }, 180_000);
});
