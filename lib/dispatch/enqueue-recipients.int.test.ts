// enqueueEvent: what it refuses, and the recipients and rows it writes.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createContact, subscribe } from "@/lib/subscriptions/testing";
import { samplePayloads } from "@/lib/templates/payloads";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { enqueueEvent } from "./enqueue";
import { deliveriesOf, EVENT_TYPE, NOW } from "./enqueue-testing";

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
});
