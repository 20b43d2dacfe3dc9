import { describe, expect, it } from "vitest";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { bulkUpdateSubscriptions } from "./bulk-update";
import { setPreference } from "./preferences";
import { copySubscriptions, replaceSubscriptions, setSubscription } from "./service";
import { createContact, subscribe } from "./testing";

const TYPE = "certificates.revocation";
const MANDATORY = "certificates.expiration-alert-today";

async function auditFor(targetId: string) {
  return testDb().auditLog.findMany({
    where: { targetId },
    orderBy: { id: "asc" },
    select: { action: true, before: true, after: true, actorLabel: true },
  });
}

describe("setSubscription", () => {
  it("creates, changes the mode of, and removes a subscription, auditing each change once", async () => {
    const db = testDb();
    const user = await createUser(db);
    const subject = { kind: "user" as const, id: user.id };
    const target = { categoryKey: "certificates" };
    expect(
      await setSubscription(db, testActor(), { subject, target, subscribed: true, mode: "IMMEDIATE" }),
    ).toEqual([{ categoryKey: "certificates", mode: "IMMEDIATE" }]);
    await setSubscription(db, testActor(), { subject, target, subscribed: true, mode: "IMMEDIATE" }); // no change
    await setSubscription(db, testActor(), { subject, target, subscribed: true, mode: "DIGEST" });
    expect(
      await setSubscription(db, testActor(), { subject, target, subscribed: false, mode: "IMMEDIATE" }),
    ).toEqual([]);
    expect((await auditFor(user.id)).map((entry) => entry.action)).toEqual([
      "subscription.create",
      "subscription.update",
      "subscription.delete",
    ]);
  });

  it("answers 404 for an unknown subject or key, writing nothing", async () => {
    const db = testDb();
    const group = await createGroup(db);
    const subject = { kind: "group" as const, id: group.id };
    await expect(
      setSubscription(db, testActor(), {
        subject,
        target: { typeKey: "nope.x" },
        subscribed: true,
        mode: "IMMEDIATE",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setSubscription(db, testActor(), {
        subject: { kind: "user", id: group.id },
        target: { typeKey: TYPE },
        subscribed: true,
        mode: "IMMEDIATE",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.subscription.count({ where: { groupId: group.id } })).toBe(0);
  });
});

describe("replaceSubscriptions", () => {
  it("replaces a user's set and preferences in one audited change", async () => {
    const db = testDb();
    const user = await createUser(db);
    await subscribe(db, { userId: user.id }, { typeKey: "workstation.macro" });
    await subscribe(db, { userId: user.id }, { typeKey: TYPE }, "DIGEST");
    const result = await replaceSubscriptions(
      db,
      testActor(),
      { kind: "user", id: user.id },
      {
        subscriptions: [
          { typeKey: TYPE, mode: "IMMEDIATE" },
          { categoryKey: "monitoring", mode: "DIGEST" },
        ],
        preferences: [{ typeKey: "monitoring.cpu-high", muted: true, mode: null }],
      },
    );
    expect(result).toEqual({
      subscriptions: [
        { categoryKey: "monitoring", mode: "DIGEST" },
        { typeKey: TYPE, mode: "IMMEDIATE" },
      ],
      preferences: [{ typeKey: "monitoring.cpu-high", muted: true, mode: null }],
    });
    const audit = await auditFor(user.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "subscription.replace" });
    expect(audit[0]?.before).toMatchObject({
      subscriptions: expect.arrayContaining([{ typeKey: "workstation.macro", mode: "IMMEDIATE" }]),
      preferences: [],
    });
  });

  it("refuses duplicates (400), unknown keys (404), muting a mandatory type (409) and group preferences (400), changing nothing", async () => {
    const db = testDb();
    const user = await createUser(db);
    const group = await createGroup(db);
    const asUser = { kind: "user" as const, id: user.id };
    const entry = { typeKey: TYPE, mode: "IMMEDIATE" as const };
    await expect(
      replaceSubscriptions(db, testActor(), asUser, { subscriptions: [entry, entry] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      replaceSubscriptions(db, testActor(), asUser, {
        subscriptions: [{ categoryKey: "nope", mode: "DIGEST" }],
      }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      details: { keys: ["nope"] },
    });
    await expect(
      replaceSubscriptions(db, testActor(), asUser, {
        subscriptions: [entry],
        preferences: [{ typeKey: MANDATORY, muted: true, mode: null }],
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "mandatoryTypeLocked" });
    await expect(
      replaceSubscriptions(
        db,
        testActor(),
        { kind: "group", id: group.id },
        { subscriptions: [], preferences: [] },
      ),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(0);
    expect(await auditFor(user.id)).toEqual([]);
  });
});

describe("copySubscriptions", () => {
  it("merges or replaces another subject's set", async () => {
    const db = testDb();
    const source = await createGroup(db);
    const user = await createUser(db);
    await subscribe(db, { groupId: source.id }, { categoryKey: "certificates" }, "DIGEST");
    await subscribe(db, { groupId: source.id }, { typeKey: "workstation.macro" });
    await subscribe(db, { userId: user.id }, { typeKey: TYPE });
    await subscribe(db, { userId: user.id }, { typeKey: "workstation.macro" }, "DIGEST");

    const merged = await copySubscriptions(db, testActor(), {
      from: { kind: "group", id: source.id },
      to: { kind: "user", id: user.id },
      strategy: "merge",
    });
    expect(merged.after).toEqual([
      { categoryKey: "certificates", mode: "DIGEST" },
      { typeKey: TYPE, mode: "IMMEDIATE" },
      { typeKey: "workstation.macro", mode: "DIGEST" },
    ]);
    const replaced = await copySubscriptions(db, testActor(), {
      from: { kind: "group", id: source.id },
      to: { kind: "user", id: user.id },
      strategy: "replace",
    });
    expect(replaced.after).toEqual([
      { categoryKey: "certificates", mode: "DIGEST" },
      { typeKey: "workstation.macro", mode: "IMMEDIATE" },
    ]);
    expect((await auditFor(user.id)).map((entry) => entry.action)).toEqual([
      "subscription.copy",
      "subscription.copy",
    ]);
  });
});

describe("bulkUpdateSubscriptions", () => {
  it("subscribes every member of a group in one transaction and one audit entry, reporting progress", async () => {
    const db = testDb();
    const members = await Promise.all(Array.from({ length: 30 }, () => createUser(db)));
    const group = await createGroup(
      db,
      undefined,
      members.map((m) => m.id),
    );
    await subscribe(db, { userId: members[0]!.id }, { typeKey: TYPE }, "DIGEST");
    const progress: number[] = [];
    const actor = { ...testActor(), requestId: `bulk-${group.id}` };
    const result = await bulkUpdateSubscriptions(
      db,
      actor,
      {
        operation: "subscribe",
        recipients: { kind: "group-members", groupId: group.id },
        targets: [{ typeKey: TYPE }, { categoryKey: "devices" }],
        mode: "IMMEDIATE",
      },
      ({ done }) => void progress.push(done),
    );
    expect(result).toEqual({ recipients: 30, created: 59, updated: 1, removed: 0 });
    expect(progress.at(-1)).toBe(30);
    expect(await db.subscription.count({ where: { userId: { in: members.map((m) => m.id) } } })).toBe(60);
    const audit = await db.auditLog.findMany({ where: { requestId: actor.requestId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "subscription.bulk-update", targetId: group.id });
    expect((audit[0]?.after as { recipientIds: string[] }).recipientIds).toHaveLength(30);

    const removed = await bulkUpdateSubscriptions(db, actor, {
      operation: "unsubscribe",
      recipients: { kind: "user", ids: members.slice(0, 10).map((m) => m.id) },
      targets: [{ typeKey: TYPE }],
      mode: "IMMEDIATE",
    });
    expect(removed).toEqual({ recipients: 10, created: 0, updated: 0, removed: 10 });
  });

  it("writes nothing when one recipient is unknown", async () => {
    const db = testDb();
    const contact = await createContact(db);
    const ghost = "01970000-0000-7000-8000-0000000000ff";
    await expect(
      bulkUpdateSubscriptions(db, testActor(), {
        operation: "subscribe",
        recipients: { kind: "contact", ids: [contact.id, ghost] },
        targets: [{ typeKey: TYPE }],
        mode: "DIGEST",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", details: { ids: [ghost] } });
    expect(await db.subscription.count({ where: { contactId: contact.id } })).toBe(0);
  });
});

describe("setPreference", () => {
  it("mutes and unmutes, deleting a preference back at the defaults; mandatory types cannot be muted", async () => {
    const db = testDb();
    const contact = await createContact(db);
    const recipient = { kind: "contact" as const, id: contact.id };
    expect(await setPreference(db, testActor(), recipient, TYPE, { muted: true })).toEqual({
      typeKey: TYPE,
      muted: true,
      mode: null,
    });
    expect(await setPreference(db, testActor(), recipient, TYPE, { muted: false })).toEqual({
      typeKey: TYPE,
      muted: false,
      mode: null,
    });
    expect(await db.preference.count({ where: { contactId: contact.id } })).toBe(0);
    await expect(setPreference(db, testActor(), recipient, MANDATORY, { muted: true })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
    await expect(
      setPreference(db, testActor(), recipient, MANDATORY, { mode: "DIGEST" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await auditFor(contact.id)).map((entry) => entry.action)).toEqual([
      "preference.update",
      "preference.update",
    ]);
  });
});
