import { describe, expect, it } from "vitest";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { resolveRecipients } from "./resolve-recipients";
import { setMyDelivery, setMyDigestHour, setMyMode } from "./self-service";
import { inspectUnsubscribeLink, unsubscribeWithToken } from "./unsubscribe";
import { createContact, subscribe } from "./testing";
import { createUnsubscribeToken } from "./unsubscribe-token";

const TYPE = "certificates.revocation";
const MANDATORY = "certificates.expiration-alert-today";
const RESTRICTED = "user-behavior.excessive-views";

async function receives(typeKey: string, id: string) {
  return (await resolveRecipients(testDb(), { typeKey })).find((r) => r.id === id);
}

describe("My notifications", () => {
  it("adds my own subscription when nothing reaches me, and removes it again", async () => {
    const db = testDb();
    const user = await createUser(db);
    const me = { id: user.id, role: user.role };
    const on = await setMyDelivery(db, testActor(user.id), me, TYPE, true);
    expect(on).toMatchObject({
      delivered: true,
      ownTypeSubscription: true,
      paths: [{ reason: { via: "direct", target: "type" } }],
    });
    expect(await receives(TYPE, user.id)).toBeDefined();
    const off = await setMyDelivery(db, testActor(user.id), me, TYPE, false);
    expect(off).toMatchObject({ delivered: false, paths: [], muted: false });
    expect(await db.preference.count({ where: { userId: user.id } })).toBe(0);
  });

  it("mutes what reaches me through a group, and unmutes it", async () => {
    const db = testDb();
    const user = await createUser(db);
    const group = await createGroup(db, undefined, [user.id]);
    await subscribe(db, { groupId: group.id }, { categoryKey: "certificates" });
    const me = { id: user.id, role: user.role };
    expect(await setMyDelivery(db, testActor(user.id), me, TYPE, false)).toMatchObject({
      delivered: false,
      muted: true,
    });
    expect(await receives(TYPE, user.id)).toBeUndefined();
    expect(await setMyDelivery(db, testActor(user.id), me, TYPE, true)).toMatchObject({
      delivered: true,
      muted: false,
    });
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses to mute a mandatory type (409) and to add a restricted one (403), changing nothing", async () => {
    const db = testDb();
    const user = await createUser(db);
    const group = await createGroup(db, undefined, [user.id]);
    await subscribe(db, { groupId: group.id }, { typeKey: MANDATORY });
    const me = { id: user.id, role: user.role };
    await expect(setMyDelivery(db, testActor(user.id), me, MANDATORY, false)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(setMyMode(db, testActor(user.id), me, MANDATORY, "DIGEST")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(setMyDelivery(db, testActor(user.id), me, RESTRICTED, true)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.preference.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(0);
    // Staff may follow restricted types themselves.
    const auditor = await createUser(db, { role: "AUDITOR" });
    await setMyDelivery(db, testActor(auditor.id), { id: auditor.id, role: "AUDITOR" }, RESTRICTED, true);
    expect(await receives(RESTRICTED, auditor.id)).toBeDefined();
  });

  it("sets my mode and my digest hour", async () => {
    const db = testDb();
    const user = await createUser(db);
    await subscribe(db, { userId: user.id }, { typeKey: TYPE });
    const me = { id: user.id, role: user.role };
    expect(await setMyMode(db, testActor(user.id), me, TYPE, "DIGEST")).toMatchObject({ mode: "DIGEST" });
    expect((await receives(TYPE, user.id))?.mode).toBe("DIGEST");
    await setMyDigestHour(db, testActor(user.id), me, 17);
    expect((await receives(TYPE, user.id))?.digestHour).toBe(17);
    const audit = await db.auditLog.findMany({ where: { targetId: user.id }, select: { action: true } });
    expect(audit.map((entry) => entry.action)).toEqual(["preference.update", "user.digest-hour.update"]);
  });
});

describe("unsubscribe links", () => {
  it("mutes the type for a user or a contact, audited as the unsubscribe link", async () => {
    const db = testDb();
    const user = await createUser(db);
    const contact = await createContact(db);
    await subscribe(db, { userId: user.id }, { typeKey: TYPE });
    await subscribe(db, { contactId: contact.id }, { categoryKey: "certificates" });
    for (const recipient of [
      { kind: "user" as const, id: user.id },
      { kind: "contact" as const, id: contact.id },
    ]) {
      const token = createUnsubscribeToken({ recipient, typeKey: TYPE });
      expect(await inspectUnsubscribeLink(db, token)).toMatchObject({
        status: "ready",
        typeKey: TYPE,
        recipient,
      });
      await unsubscribeWithToken(db, token, { ip: "10.0.0.1", requestId: "r" });
      await unsubscribeWithToken(db, token, { ip: "10.0.0.1", requestId: "r" }); // twice is harmless
      expect(await inspectUnsubscribeLink(db, token)).toMatchObject({ status: "already-unsubscribed" });
      expect(await receives(TYPE, recipient.id)).toBeUndefined();
      const audit = await db.auditLog.findMany({ where: { targetId: recipient.id } });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        action: "preference.update",
        actorLabel: "unsubscribe link",
        actorId: null,
        ip: "10.0.0.1",
      });
    }
  });

  it("changes nothing for a tampered or expired link, or a mandatory type", async () => {
    const db = testDb();
    const user = await createUser(db);
    const recipient = { kind: "user" as const, id: user.id };
    const token = createUnsubscribeToken({ recipient, typeKey: TYPE });
    // The signature's first character: its last ones may carry unused bits (see unsubscribe-route test).
    const at = token.indexOf(".") + 1;
    const tampered = `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`;
    const expired = createUnsubscribeToken({
      recipient,
      typeKey: TYPE,
      now: new Date(Date.now() - 61 * 24 * 3600 * 1000),
    });
    const mandatory = createUnsubscribeToken({ recipient, typeKey: MANDATORY });
    expect(await inspectUnsubscribeLink(db, tampered)).toEqual({
      status: "invalid",
      reason: "bad-signature",
    });
    expect(await inspectUnsubscribeLink(db, expired)).toEqual({ status: "invalid", reason: "expired" });
    expect(await inspectUnsubscribeLink(db, mandatory)).toMatchObject({ status: "mandatory" });
    await expect(unsubscribeWithToken(db, tampered, { ip: null, requestId: "r" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(unsubscribeWithToken(db, expired, { ip: null, requestId: "r" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(unsubscribeWithToken(db, mandatory, { ip: null, requestId: "r" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.preference.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: user.id } })).toBe(0);
  });
});
