import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueEvent } from "@/lib/dispatch/enqueue";
import { addresses, enqueueTo, isolatedDatabase, type IsolatedDatabase } from "@/lib/dispatch/worker/testing";
import { samplePayloads } from "@/lib/templates/payloads";
import { parsePayload } from "@/lib/templates/validate";
import { createUser } from "@/prisma/seed/factories";
import { runExpiry } from "./expiry";
import { REPORT_TYPES, runReports } from "./reports";
import { runRetention } from "./retention";

let database: IsolatedDatabase;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  database = await isolatedDatabase();
});

afterAll(async () => {
  await database?.drop();
});

async function age(eventId: string, days: number) {
  const at = new Date(Date.now() - days * DAY);
  await database.db.event.update({ where: { id: eventId }, data: { createdAt: at } });
  await database.db.delivery.updateMany({ where: { eventId }, data: { createdAt: at } });
}

describe("retention", () => {
  it("purges deliveries past the retention age in small batches, then their events, and audits it", async () => {
    const old = await enqueueTo(database.db, addresses(5));
    const mixed = await enqueueTo(database.db, addresses(2));
    const recent = await enqueueTo(database.db, addresses(2));
    await age(old.eventId, 401);
    await age(mixed.eventId, 401);
    // One delivery of the mixed event is still in a worker's hands: it stays, and so does its event.
    const inFlight = await database.db.delivery.findFirstOrThrow({ where: { eventId: mixed.eventId } });
    await database.db.delivery.update({
      where: { id: inFlight.id },
      data: { status: "SENDING", leaseUntil: new Date(Date.now() + 60_000), leasedBy: "w" },
    });
    await database.db.deliveryAttempt.create({
      data: {
        deliveryId: (await database.db.delivery.findFirstOrThrow({ where: { eventId: old.eventId } })).id,
        number: 1,
        transport: "MAILBOX",
        outcome: "SENT",
        workerId: "w",
        startedAt: new Date(Date.now() - 401 * DAY),
        durationMs: 3,
      },
    });

    const result = await runRetention(database.db, {
      days: 400,
      now: new Date(),
      batch: 2,
      requestId: "test-retention",
    });

    expect(result).toMatchObject({ deliveries: 6, events: 1 });
    expect(await database.db.delivery.count({ where: { eventId: old.eventId } })).toBe(0);
    expect(await database.db.event.count({ where: { id: old.eventId } })).toBe(0);
    expect(await database.db.deliveryAttempt.count({ where: { delivery: { eventId: old.eventId } } })).toBe(
      0,
    );
    expect(
      await database.db.delivery.findMany({ where: { eventId: mixed.eventId }, select: { id: true } }),
    ).toEqual([{ id: inFlight.id }]);
    expect(await database.db.delivery.count({ where: { eventId: recent.eventId } })).toBe(2);
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { requestId: "test-retention" } });
    expect(audit).toMatchObject({ actorLabel: "Herald scheduler", actorId: null, action: "delivery.purge" });
    expect(audit.after).toMatchObject({ deliveries: 6, events: 1, retentionDays: 400 });
  });

  it("purges what the Mailbox received and provider events about unknown messages past the same age", async () => {
    const message = (subject: string, createdAt: Date) => ({
      to: "someone@bank.test",
      from: "herald@bank.test",
      subject,
      html: "<p>hi</p>",
      text: "hi",
      createdAt,
    });
    const old = new Date(Date.now() - 401 * DAY);
    await database.db.mailboxMessage.createMany({
      data: [
        message("old 1", old),
        message("old 2", old),
        message("old 3", old),
        message("recent", new Date()),
      ],
    });
    const feedback = (id: string, receivedAt: Date) => ({
      id,
      provider: "RESEND" as const,
      type: "email.delivered",
      payload: {},
      occurredAt: receivedAt,
      receivedAt,
    });
    await database.db.providerEvent.createMany({
      data: [
        feedback(`msg_old_${randomBytes(4).toString("hex")}`, old),
        feedback(`msg_new_${randomBytes(4).toString("hex")}`, new Date()),
      ],
    });

    const result = await runRetention(database.db, {
      days: 400,
      now: new Date(),
      batch: 2,
      requestId: "test-mailbox",
    });

    expect(result).toMatchObject({ mailbox: 3, providerEvents: 1 });
    expect(
      (await database.db.mailboxMessage.findMany({ select: { subject: true } })).map((m) => m.subject),
    ).toEqual(["recent"]);
    expect(await database.db.providerEvent.count({ where: { id: { startsWith: "msg_new_" } } })).toBe(1);
    expect(await database.db.providerEvent.count({ where: { id: { startsWith: "msg_old_" } } })).toBe(0);
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { requestId: "test-mailbox" } });
    expect(audit.after).toMatchObject({ mailbox: 3, providerEvents: 1 });
  });

  it("writes no audit entry when there was nothing to purge", async () => {
    const result = await runRetention(database.db, { days: 400, now: new Date(), requestId: "test-nothing" });
    expect(result).toMatchObject({ deliveries: 0, events: 0, digests: 0, mailbox: 0, providerEvents: 0 });
    expect(await database.db.auditLog.count({ where: { requestId: "test-nothing" } })).toBe(0);
  });
});

describe("expiry", () => {
  it("drops idempotency records after 24 hours and rate-limit windows once over", async () => {
    const user = await createUser(database.db);
    const key = await database.db.apiKey.create({
      data: {
        name: "expiry test",
        prefix: `hk_${randomBytes(4).toString("hex")}`,
        hash: randomBytes(16).toString("hex"),
        scopes: [],
        createdById: user.id,
      },
    });
    const record = { apiKeyId: key.id, requestHash: "h", status: 202, response: {} };
    await database.db.idempotencyRecord.createMany({
      data: [
        { ...record, key: "old", createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000) },
        { ...record, key: "fresh", createdAt: new Date(Date.now() - 23 * 60 * 60 * 1000) },
      ],
    });
    await database.db.rateLimitBucket.createMany({
      data: [
        { key: "k", windowStart: new Date(Date.now() - 2 * 60 * 60 * 1000), count: 5 },
        { key: "k", windowStart: new Date(Math.floor(Date.now() / 60_000) * 60_000), count: 1 },
      ],
    });

    const result = await runExpiry(database.db, new Date());

    expect(result).toMatchObject({ idempotencyRecords: 1, rateLimitBuckets: 1 });
    expect(
      (await database.db.idempotencyRecord.findMany({ select: { key: true } })).map((r) => r.key),
    ).toEqual(["fresh"]);
    expect(await database.db.rateLimitBucket.count()).toBe(1);
  });
});

describe("scheduled reports", () => {
  it("builds the day's password reports from Herald's events and the disk report from the data volume", async () => {
    const slot = new Date(Date.UTC(2026, 11, 2, 6));
    const yesterday = new Date(Date.UTC(2026, 11, 1, 14));
    const payload = {
      ...samplePayloads["credentials.password-changed"],
      occurredAt: yesterday.toISOString(),
    };
    for (const occurredAt of [yesterday, new Date(Date.UTC(2026, 10, 30, 14))]) {
      await enqueueEvent(
        database.db,
        { typeKey: "credentials.password-changed", payload, occurredAt },
        { kind: "API" },
      );
    }
    const failure = samplePayloads["password-operation.change-error"];
    await enqueueEvent(
      database.db,
      { typeKey: "password-operation.change-error", payload: failure, occurredAt: yesterday },
      { kind: "API" },
    );

    const result = await runReports(database.db, { slot, now: slot, dataDir: "." });

    expect(result.period).toEqual({ from: "2026-12-01T00:00:00.000Z", to: "2026-12-02T00:00:00.000Z" });
    const events = await database.db.event.findMany({
      where: { typeKey: { in: [...REPORT_TYPES] }, origin: "SYSTEM" },
      select: { typeKey: true, payload: true, dedupKey: true },
    });
    expect(events.map((event) => event.typeKey).sort()).toEqual([...REPORT_TYPES].sort());
    const summary = events.find((event) => event.typeKey === "credentials.password-daily-summary")!;
    // Valid against the type's own schema, like any other event.
    expect(() => parsePayload("credentials.password-daily-summary", summary.payload)).not.toThrow();
    expect(summary.payload).toMatchObject({
      totals: { changed: 1, failed: 1, viewed: 0, created: 0, expired: 0 },
      rows: [
        {
          operation: "changed",
          credential: payload.credential,
          performedBy: payload.changedBy.name,
          at: yesterday.toISOString(),
        },
        { operation: "change-failed", performedBy: "Execution module" },
      ],
    });
    const disk = events.find((event) => event.typeKey === "monitoring.disk-daily")!.payload as {
      rows: { totalBytes: number; freeBytes: number; used: number }[];
    };
    expect(disk.rows).toHaveLength(1);
    expect(disk.rows[0]!.totalBytes).toBeGreaterThan(disk.rows[0]!.freeBytes);
    expect(disk.rows[0]!.used).toBeGreaterThan(0);

    // The same day again is a duplicate, not a second e-mail — even hours later, past the dedup window
    // (a catch-up, or the takeover of a run whose instance died after writing the reports).
    const again = await runReports(database.db, { slot, now: slot, dataDir: "." });
    expect(Object.values(again.events)).toEqual(REPORT_TYPES.map(() => ({ duplicate: true })));
    const later = new Date(slot.getTime() + 5 * 60 * 60 * 1000);
    const late = await runReports(database.db, { slot, now: later, dataDir: "." });
    expect(Object.values(late.events)).toEqual(REPORT_TYPES.map(() => ({ duplicate: true })));
    expect(
      await database.db.event.count({ where: { typeKey: { in: [...REPORT_TYPES] }, origin: "SYSTEM" } }),
    ).toBe(REPORT_TYPES.length);
  });
});
