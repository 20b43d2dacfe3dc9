// enqueueEvent: when a delivery becomes due (digest hour, quiet hours), which events are counted on an
// earlier one instead of sent (dedupKey, threshold throttling), and test sends, which are neither.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createContact, subscribe } from "@/lib/subscriptions/testing";
import { samplePayloads } from "@/lib/templates/payloads";
import { createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { enqueueEvent } from "./enqueue";
import { deliveriesOf, EVENT_TYPE, NOW } from "./enqueue-testing";
import { nextDigestAt, quietHoursEnd } from "./timing";

const MANDATORY_TYPE = "access-control.request-created"; // medium, mandatory
const CRITICAL_TYPE = "certificates.expiration-alert-1d"; // critical, not mandatory (threshold alert)
const ALERT_TYPE = "monitoring.cpu-high"; // high threshold alert, not mandatory

function cpuAlert(host: string, usage = 78.3) {
  return { ...samplePayloads[ALERT_TYPE], host: { name: host }, usage };
}

describe("enqueueEvent", () => {
  it("holds digest items until the recipient's local digest hour and immediate ones until quiet hours end", async () => {
    const db = testDb();
    const digest = await createUser(db, { timeZone: "Asia/Kolkata" });
    await db.user.update({ where: { id: digest.id }, data: { digestHour: 9 } });
    const sleeper = await createUser(db, { timeZone: "America/Sao_Paulo" });
    await db.user.update({ where: { id: sleeper.id }, data: { quietStart: 22 * 60, quietEnd: 7 * 60 } });
    const awake = await createUser(db, { timeZone: "America/Sao_Paulo" });
    await db.user.update({ where: { id: awake.id }, data: { quietStart: 9 * 60, quietEnd: 17 * 60 } });
    const contact = await createContact(db);
    await db.contact.update({
      where: { id: contact.id },
      data: { timeZone: "America/Sao_Paulo", quietStart: 23 * 60, quietEnd: 6 * 60 },
    });
    await subscribe(db, { userId: digest.id }, { typeKey: EVENT_TYPE }, "DIGEST");
    for (const subject of [{ userId: sleeper.id }, { userId: awake.id }, { contactId: contact.id }]) {
      await subscribe(db, subject, { typeKey: EVENT_TYPE });
    }

    const { eventId } = await enqueueEvent(
      db,
      { typeKey: EVENT_TYPE, payload: samplePayloads[EVENT_TYPE] },
      { kind: "API" },
      { now: NOW },
    );
    const byUser = new Map((await deliveriesOf(eventId)).map((d) => [d.userId ?? d.contactId, d]));
    expect(byUser.get(digest.id)).toMatchObject({ mode: "DIGEST" });
    expect(byUser.get(digest.id)?.availableAt).toEqual(nextDigestAt(NOW, "Asia/Kolkata", 9));
    expect(byUser.get(digest.id)?.availableAt.toISOString()).toBe("2026-12-02T03:30:00.000Z");
    expect(byUser.get(sleeper.id)?.availableAt.toISOString()).toBe("2026-12-02T10:00:00.000Z");
    expect(byUser.get(contact.id)?.availableAt).toEqual(quietHoursEnd(NOW, "America/Sao_Paulo", 1380, 360));
    // Outside their window: due at once (the database's clock at enqueue).
    expect(byUser.get(awake.id)?.availableAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("sends critical and mandatory types at once, whatever the quiet hours", async () => {
    const db = testDb();
    const sleeper = await createUser(db, { timeZone: "America/Sao_Paulo" });
    await db.user.update({ where: { id: sleeper.id }, data: { quietStart: 22 * 60, quietEnd: 7 * 60 } });
    await subscribe(db, { userId: sleeper.id }, { typeKey: MANDATORY_TYPE });
    await subscribe(db, { userId: sleeper.id }, { typeKey: CRITICAL_TYPE });
    await subscribe(db, { userId: sleeper.id }, { typeKey: EVENT_TYPE });

    const payloads = {
      [MANDATORY_TYPE]: samplePayloads[MANDATORY_TYPE],
      [CRITICAL_TYPE]: {
        ...samplePayloads[CRITICAL_TYPE],
        certificates: samplePayloads[CRITICAL_TYPE].certificates.map((c) => ({ ...c, serial: randomUUID() })),
      },
      [EVENT_TYPE]: samplePayloads[EVENT_TYPE],
    };
    const availableAt: Record<string, Date | undefined> = {};
    for (const [typeKey, payload] of Object.entries(payloads)) {
      const { eventId } = await enqueueEvent(db, { typeKey, payload }, { kind: "API" }, { now: NOW });
      const delivery = await db.delivery.findFirst({ where: { eventId, userId: sleeper.id } });
      availableAt[typeKey] = delivery?.availableAt;
    }
    expect(availableAt[MANDATORY_TYPE]!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(availableAt[CRITICAL_TYPE]!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(availableAt[EVENT_TYPE]?.toISOString()).toBe("2026-12-02T10:00:00.000Z");
  });

  it("counts an event with the same dedupKey inside the window on the original instead of sending it", async () => {
    const db = testDb();
    const user = await createUser(db);
    await subscribe(db, { userId: user.id }, { typeKey: EVENT_TYPE });
    const dedupKey = `request-${randomUUID()}`;
    const input = { typeKey: EVENT_TYPE, payload: samplePayloads[EVENT_TYPE], dedupKey };

    const first = await enqueueEvent(db, input, { kind: "API" });
    const before = await db.delivery.count({ where: { eventId: first.eventId } });
    const second = await enqueueEvent(db, input, { kind: "API" });
    const third = await enqueueEvent(db, input, { kind: "UI" });

    expect(first.duplicate).toBe(false);
    expect(second).toEqual({ eventId: first.eventId, deliveryCount: 0, duplicate: true });
    expect(third).toEqual({ eventId: first.eventId, deliveryCount: 0, duplicate: true });
    expect(await db.event.count({ where: { dedupKey } })).toBe(1);
    expect(await db.delivery.count({ where: { eventId: first.eventId } })).toBe(before);
    const original = await db.event.findUniqueOrThrow({ where: { id: first.eventId } });
    expect(original.duplicateCount).toBe(2);
    expect(original.lastDuplicateAt).not.toBeNull();
  });

  it("sends again once the window has passed", async () => {
    const db = testDb();
    const dedupKey = `window-${randomUUID()}`;
    const input = { typeKey: EVENT_TYPE, payload: samplePayloads[EVENT_TYPE], dedupKey };
    const first = await enqueueEvent(db, input, { kind: "API" });
    // The original was created 11 minutes ago: outside an EVENT type's 10-minute window.
    await db.event.update({
      where: { id: first.eventId },
      data: { createdAt: new Date(Date.now() - 11 * 60_000) },
    });
    const second = await enqueueEvent(db, input, { kind: "API" });
    expect(second.duplicate).toBe(false);
    expect(second.eventId).not.toBe(first.eventId);
  });

  it("throttles a threshold alert about the same subject without a dedupKey, not one about another", async () => {
    const db = testDb();
    const host = `vault-${randomUUID().slice(0, 8)}`;
    const first = await enqueueEvent(
      db,
      { typeKey: ALERT_TYPE, payload: cpuAlert(host, 78.3) },
      { kind: "API" },
    );
    // The same condition checked again a minute later: another reading, same host.
    const again = await enqueueEvent(
      db,
      { typeKey: ALERT_TYPE, payload: cpuAlert(host, 81.0) },
      { kind: "API" },
    );
    const other = await enqueueEvent(
      db,
      { typeKey: ALERT_TYPE, payload: cpuAlert(`${host}-b`, 78.3) },
      { kind: "API" },
    );
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ eventId: first.eventId, deliveryCount: 0, duplicate: true });
    expect(other.duplicate).toBe(false);
    expect(other.eventId).not.toBe(first.eventId);
    const stored = await db.event.findUniqueOrThrow({ where: { id: first.eventId } });
    expect(stored.dedupKey).toMatch(/^auto:/);
    expect(stored.duplicateCount).toBe(1);
  });

  it("lets only one of two concurrent enqueues with the same dedupKey write an event", async () => {
    const db = testDb();
    const user = await createUser(db);
    await subscribe(db, { userId: user.id }, { typeKey: EVENT_TYPE });
    const dedupKey = `race-${randomUUID()}`;
    const input = { typeKey: EVENT_TYPE, payload: samplePayloads[EVENT_TYPE], dedupKey };
    const results = await Promise.all(
      Array.from({ length: 4 }, () => enqueueEvent(db, input, { kind: "API" })),
    );
    expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
    expect(new Set(results.map((result) => result.eventId)).size).toBe(1);
    expect(await db.event.count({ where: { dedupKey } })).toBe(1);
    const event = await db.event.findFirstOrThrow({ where: { dedupKey } });
    expect(event.duplicateCount).toBe(3);
    expect(await db.delivery.count({ where: { eventId: event.id, userId: user.id } })).toBe(1);
  });

  it("addresses a test send to the named admin only, never to subscribers, never held or deduplicated", async () => {
    const db = testDb();
    const admin = await createUser(db, { role: "ADMIN", timeZone: "America/Sao_Paulo" });
    await db.user.update({ where: { id: admin.id }, data: { quietStart: 22 * 60, quietEnd: 7 * 60 } });
    const subscriber = await createUser(db);
    await subscribe(db, { userId: subscriber.id }, { typeKey: ALERT_TYPE });
    const input = {
      typeKey: ALERT_TYPE,
      payload: cpuAlert(`test-${randomUUID().slice(0, 8)}`),
      recipients: [{ userId: admin.id }],
    };
    const first = await enqueueEvent(db, input, { kind: "TEST", userId: admin.id }, { now: NOW });
    const second = await enqueueEvent(db, input, { kind: "TEST", userId: admin.id }, { now: NOW });

    expect(second.duplicate).toBe(false);
    expect(second.eventId).not.toBe(first.eventId);
    const deliveries = await deliveriesOf(first.eventId);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ userId: admin.id, mode: "IMMEDIATE", reasons: [{ via: "event" }] });
    expect(deliveries[0]!.availableAt.getTime()).toBeLessThanOrEqual(Date.now());
    const event = await db.event.findUniqueOrThrow({ where: { id: first.eventId } });
    expect(event).toMatchObject({ origin: "TEST", createdById: admin.id, dedupKey: null, recipientCount: 1 });
  });
});
