// herald_deliveries (deliveries by status and transport on /metrics) comes from the tally the
// triggers on "Delivery" keep, not from a scan of the history: it must stay exact through every way
// a delivery is written (enqueue, claim, send, webhook, retry, retention purge) and compaction.
import { Registry } from "prom-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { claimImmediate } from "@/lib/dispatch/worker/claim";
import { defaultProcessContext, processImmediate } from "@/lib/dispatch/worker/process";
import { RenderCache } from "@/lib/dispatch/worker/renders";
import {
  addresses,
  enqueueTo,
  isolatedDatabase,
  senderFor,
  type IsolatedDatabase,
} from "@/lib/dispatch/worker/testing";
import { env } from "@/lib/env";
import { startFakeResend, type FakeResend } from "@/tests/fakes/fake-resend";
import { compactDeliveryTally, registerQueueGauges } from "./queue-gauges";

let database: IsolatedDatabase;
let resend: FakeResend;

beforeAll(async () => {
  [database, resend] = await Promise.all([isolatedDatabase(), startFakeResend()]);
});

afterEach(() => resend.reset());

afterAll(async () => {
  await resend?.close();
  await database?.drop();
});

/** The gauge as a scrape reports it: `status/transport` → value. */
async function scraped(): Promise<Record<string, number>> {
  const registry = new Registry();
  registerQueueGauges(registry, () => database.db);
  const metric = await registry.getSingleMetric("herald_deliveries")!.get();
  return Object.fromEntries(
    metric.values.map((value) => [`${value.labels.status}/${value.labels.transport}`, value.value]),
  );
}

/** The same figures counted the slow way, over the whole history. */
async function counted(): Promise<Record<string, number>> {
  const rows = await database.db.$queryRaw<{ status: string; transport: string | null; count: bigint }[]>`
    SELECT status::text AS status, transport::text AS transport, count(*) AS count FROM "Delivery" GROUP BY 1, 2`;
  return Object.fromEntries(
    rows.map((row) => [`${row.status}/${row.transport ?? "none"}`, Number(row.count)]),
  );
}

describe("herald_deliveries", () => {
  it("matches a count of the history after enqueue, sends, failures, feedback, retry and purge", async () => {
    const { db } = database;
    const sender = await senderFor(db, resend);
    const ctx = defaultProcessContext({
      db,
      sender,
      workerId: "tally",
      from: env.MAIL_FROM,
      renders: new RenderCache(),
    });
    const [refused, ...rest] = addresses(6);
    resend.rejectAddress(refused!);
    await enqueueTo(db, [refused!, ...rest]);
    const queued = await enqueueTo(db, addresses(3));
    expect(await scraped()).toEqual({ "QUEUED/none": 9 });

    // Claims move every due row to SENDING, sends to SENT or FAILED (a permanent refusal).
    await processImmediate(ctx, await claimImmediate(db, { workerId: "tally", leaseMs: 60_000, limit: 100 }));
    expect(await scraped()).toEqual({ "SENT/RESEND": 8, "FAILED/RESEND": 1 });

    // Feedback, an administrator's retry, and the retention purge of one event's rows.
    const sent = await db.delivery.findFirstOrThrow({ where: { status: "SENT", eventId: queued.eventId } });
    await db.delivery.update({ where: { id: sent.id }, data: { status: "DELIVERED" } });
    await db.delivery.updateMany({ where: { status: "FAILED" }, data: { status: "QUEUED" } });
    await db.delivery.updateMany({ where: { status: "SENT" }, data: { leaseUntil: null } }); // no change
    await db.delivery.deleteMany({ where: { eventId: queued.eventId, status: "SENT" } });
    // An event deleted with its deliveries (ON DELETE CASCADE) takes them off the gauge too.
    const dropped = await enqueueTo(db, addresses(2));
    await db.event.delete({ where: { id: dropped.eventId } });
    await compactDeliveryTally(db);
    expect(await scraped()).toEqual(await counted());
    expect(await scraped()).toEqual({ "SENT/RESEND": 5, "DELIVERED/RESEND": 1, "QUEUED/RESEND": 1 });
  });

  it("is read from the tally, never from the history (a scrape stays cheap however long it is)", async () => {
    const { db } = database;
    const before = await scraped();
    // A delta the triggers did not write shows in the gauge: the scrape does not count "Delivery".
    await db.$executeRaw`INSERT INTO "DeliveryStatusTally" (status, transport, delta) VALUES ('BOUNCED', 'SMTP', 2)`;
    expect(await scraped()).toEqual({ ...before, "BOUNCED/SMTP": 2 });
    await db.$executeRaw`INSERT INTO "DeliveryStatusTally" (status, transport, delta) VALUES ('BOUNCED', 'SMTP', -2)`;
    expect(await scraped()).toEqual(await counted());
    // Compaction leaves one row per status × transport.
    const [rows] = await db.$queryRaw<
      { count: bigint }[]
    >`SELECT count(*) AS count FROM "DeliveryStatusTally"`;
    expect(Number(rows!.count)).toBe(Object.keys(before).length);
  });
});
