import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createContact, subscribe } from "@/lib/subscriptions/testing";
import { samplePayloads } from "@/lib/templates/payloads";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { enqueueEvent } from "./enqueue";
import { nextDigestAt, quietHoursEnd } from "./timing";

// The database is shared with other test files: every assertion looks only at rows this test made.
const EVENT_TYPE = "access-control.request-approved"; // low, not mandatory
const MANDATORY_TYPE = "access-control.request-created"; // medium, mandatory
const CRITICAL_TYPE = "certificates.expiration-alert-1d"; // critical, not mandatory (threshold alert)
const ALERT_TYPE = "monitoring.cpu-high"; // high threshold alert, not mandatory

const NOW = new Date("2026-12-02T03:00:00Z"); // 00:00 in São Paulo, 08:30 in Kolkata

function cpuAlert(host: string, usage = 78.3) {
  return { ...samplePayloads[ALERT_TYPE], host: { name: host }, usage };
}

async function deliveriesOf(eventId: string) {
  return testDb().delivery.findMany({ where: { eventId }, orderBy: { email: "asc" } });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("enqueueEvent", () => {
  it("writes the event and one queued delivery per resolved recipient, with keys derived from its id", async () => {
    const db = testDb();
    const direct = await createUser(db, { locale: "pt-BR", timeZone: "America/Sao_Paulo" });
    const member = await createUser(db);
    const group = await createGroup(db, undefined, [member.id]);
    const contact = await createContact(db);
    const requester = await createUser(db);
    const outsider = `outsider-${randomUUID().slice(0, 8)}@elsewhere.test`;
    await subscribe(db, { userId: direct.id }, { typeKey: EVENT_TYPE });
    await subscribe(db, { groupId: group.id }, { categoryKey: "access-control" });
    await subscribe(db, { contactId: contact.id }, { typeKey: EVENT_TYPE });

    const result = await enqueueEvent(
      db,
      {
        typeKey: EVENT_TYPE,
        payload: samplePayloads[EVENT_TYPE],
        recipients: [{ userId: requester.id }, { email: outsider }],
        source: "vault-eu-1",
      },
      { kind: "API" },
    );

    const event = await db.event.findUniqueOrThrow({ where: { id: result.eventId } });
    const deliveries = await deliveriesOf(result.eventId);
    expect(result).toEqual({ eventId: event.id, deliveryCount: deliveries.length, duplicate: false });
    expect(event).toMatchObject({ typeKey: EVENT_TYPE, origin: "API", source: "vault-eu-1", dedupKey: null });
    expect(event.recipientCount).toBe(deliveries.length);
    expect(event.extraRecipients).toEqual([{ userId: requester.id }, { email: outsider }]);

    const mine = new Map(deliveries.map((delivery) => [delivery.email, delivery]));
    for (const delivery of deliveries) {
      expect(delivery.idempotencyKey).toBe(`herald-${delivery.id}`);
      expect(delivery.messageId).toBe(`${delivery.id}@localhost`);
      expect(delivery).toMatchObject({
        status: "QUEUED",
        typeKey: EVENT_TYPE,
        categoryKey: "access-control",
      });
    }
    expect(mine.get(direct.email)).toMatchObject({
      recipientKind: "USER",
      userId: direct.id,
      contactId: null,
      locale: "pt_BR",
      timeZone: "America/Sao_Paulo",
      mode: "IMMEDIATE",
      reasons: [{ via: "direct", target: "type" }],
    });
    expect(mine.get(member.email)?.reasons).toEqual([
      {
        via: "group",
        groupId: group.id,
        groupName: group.name,
        target: "category",
        categoryKey: "access-control",
      },
    ]);
    expect(mine.get(contact.email)).toMatchObject({
      recipientKind: "CONTACT",
      contactId: contact.id,
      userId: null,
    });
    expect(mine.get(requester.email)).toMatchObject({ userId: requester.id, reasons: [{ via: "event" }] });
    expect(mine.get(outsider)).toMatchObject({ recipientKind: "ADDRESS", userId: null, name: outsider });
  });

  it("keeps idempotency keys and Message-IDs unique without an index: the database refuses any not derived from the row's id", async () => {
    const db = testDb();
    const oneDelivery = async () => {
      const input = { typeKey: EVENT_TYPE, payload: samplePayloads[EVENT_TYPE] };
      const recipients = [{ email: `k-${randomUUID()}@x.test` }];
      const { eventId } = await enqueueEvent(db, { ...input, recipients }, { kind: "API" });
      return (await deliveriesOf(eventId))[0]!;
    };
    const delivery = await oneDelivery();
    const { id: otherId } = await oneDelivery();
    const refused = (data: { idempotencyKey?: string; messageId?: string }) =>
      db.delivery.update({ where: { id: delivery.id }, data }).then(
        () => "accepted",
        (error: unknown) => String(error),
      );
    // Another row's key or Message-ID (the duplicates a unique index would have caught) is refused.
    expect(await refused({ idempotencyKey: `herald-${otherId}` })).toMatch(/Delivery_idempotencyKey_from_id/);
    expect(await refused({ messageId: `${otherId}@localhost` })).toMatch(/Delivery_messageId_from_id/);
    expect(await refused({ messageId: `${delivery.id}@another.host` })).toBe("accepted");
  });

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

  it("refuses an unknown type with NOT_FOUND and a bad payload with field details, writing nothing", async () => {
    const db = testDb();
    const source = `refused-${randomUUID()}`;
    const unknown = await rejection(
      enqueueEvent(db, { typeKey: "nope.nothing", payload: {}, source }, { kind: "API" }),
    );
    expect(unknown.code).toBe("NOT_FOUND");

    const bad = await rejection(
      enqueueEvent(
        db,
        { typeKey: EVENT_TYPE, payload: { ...samplePayloads[EVENT_TYPE], detailsUrl: 42 }, source },
        { kind: "API" },
      ),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.details ?? {})).toContain("payload.detailsUrl");
    expect(await db.event.count({ where: { source } })).toBe(0);
  });

  it("writes a suppressed address's delivery as SUPPRESSED, so the history says why it got nothing", async () => {
    const db = testDb();
    const bounced = await createUser(db);
    const complained = await createContact(db);
    const fine = await createUser(db);
    const outsider = `bounced-${randomUUID().slice(0, 8)}@elsewhere.test`;
    await subscribe(db, { userId: bounced.id }, { typeKey: EVENT_TYPE });
    await subscribe(db, { contactId: complained.id }, { typeKey: EVENT_TYPE });
    await subscribe(db, { userId: fine.id }, { typeKey: EVENT_TYPE });
    await db.suppression.createMany({
      data: [
        { email: bounced.email, reason: "HARD_BOUNCE" },
        { email: complained.email, reason: "COMPLAINT" },
        { email: outsider, reason: "HARD_BOUNCE" },
      ],
    });

    const result = await enqueueEvent(
      db,
      { typeKey: EVENT_TYPE, payload: samplePayloads[EVENT_TYPE], recipients: [{ email: outsider }] },
      { kind: "API" },
      { now: NOW },
    );

    const mine = [bounced.email, complained.email, fine.email, outsider];
    const rows = (await deliveriesOf(result.eventId)).filter((row) => mine.includes(row.email));
    const statusOf = Object.fromEntries(rows.map((row) => [row.email, row.status]));
    expect(statusOf).toEqual({
      [bounced.email]: "SUPPRESSED",
      [complained.email]: "SUPPRESSED",
      [outsider]: "SUPPRESSED",
      [fine.email]: "QUEUED",
    });
    expect(result.deliveryCount).toBe((await deliveriesOf(result.eventId)).length);
  });

  it("refuses an event-named user id that names nobody, field by field, writing nothing", async () => {
    const db = testDb();
    const known = await createUser(db);
    const source = `unknown-user-${randomUUID()}`;
    const nobody = randomUUID();
    const error = await rejection(
      enqueueEvent(
        db,
        {
          typeKey: EVENT_TYPE,
          payload: samplePayloads[EVENT_TYPE],
          recipients: [
            { userId: known.id },
            { email: "someone@elsewhere.test" },
            { userId: nobody.toUpperCase() },
          ],
          source,
        },
        { kind: "API" },
      ),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.details).toEqual({ "recipients.2.userId": ["unknownRecipientUser"] });
    expect(await db.event.count({ where: { source } })).toBe(0);
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
