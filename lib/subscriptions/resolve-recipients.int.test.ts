import { describe, expect, it } from "vitest";
import { notificationTypes } from "@/lib/catalog/definitions";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { recipientDeliveries } from "./deliveries";
import { resolveRecipients, resolveWithQuietHours } from "./resolve-recipients";
import { createContact, prefer, subscribe } from "./testing";
import type { ResolvedRecipient } from "./types";

// Other tests share the database: every assertion looks only at the rows this test created.
const TYPE = "certificates.revocation"; // not mandatory
const OTHER_TYPE = "certificates.renewal"; // same category
const MANDATORY = "certificates.expiration-alert-today";
const CATEGORY = "certificates";

async function resolveFor(
  typeKey: string,
  ids: string[],
  extraRecipients?: Parameters<typeof resolveRecipients>[1]["extraRecipients"],
) {
  const all = await resolveRecipients(testDb(), { typeKey, extraRecipients });
  return all.filter((r) => (r.id && ids.includes(r.id)) || (!r.id && ids.includes(r.email)));
}

const byId = (list: ResolvedRecipient[], id: string) => list.find((r) => r.id === id);

describe("resolveRecipients", () => {
  it("reaches users directly, through a group, and through a category, and contacts", async () => {
    const db = testDb();
    const direct = await createUser(db, { locale: "pt-BR", timeZone: "America/Sao_Paulo" });
    const member = await createUser(db);
    const group = await createGroup(db, undefined, [member.id]);
    const contact = await createContact(db, { digestHour: 6 });
    await subscribe(db, { userId: direct.id }, { typeKey: TYPE });
    await subscribe(db, { groupId: group.id }, { categoryKey: CATEGORY });
    await subscribe(db, { contactId: contact.id }, { categoryKey: CATEGORY }, "DIGEST");

    const result = await resolveFor(TYPE, [direct.id, member.id, contact.id]);
    expect(result).toHaveLength(3);
    expect(byId(result, direct.id)).toEqual({
      kind: "user",
      id: direct.id,
      email: direct.email,
      name: direct.name,
      locale: "pt-BR",
      timeZone: "America/Sao_Paulo",
      digestHour: 8,
      mode: "IMMEDIATE",
      reasons: [{ via: "direct", target: "type" }],
    });
    expect(byId(result, member.id)?.reasons).toEqual([
      { via: "group", groupId: group.id, groupName: group.name, target: "category", categoryKey: CATEGORY },
    ]);
    expect(byId(result, contact.id)).toMatchObject({
      kind: "contact",
      mode: "DIGEST",
      digestHour: 6,
      reasons: [{ via: "direct", target: "category", categoryKey: CATEGORY }],
    });

    // A category subscription covers every type in it; a type subscription only its type.
    const other = await resolveFor(OTHER_TYPE, [direct.id, member.id, contact.id]);
    expect(other.map((r) => r.id).sort()).toEqual([member.id, contact.id].sort());
  });

  it("lists a person once however many paths reach them, merging the reasons", async () => {
    const db = testDb();
    const user = await createUser(db);
    const alpha = await createGroup(db, `Alpha ${user.id.slice(0, 8)}`, [user.id]);
    const beta = await createGroup(db, `Beta ${user.id.slice(0, 8)}`, [user.id]);
    await subscribe(db, { groupId: alpha.id }, { typeKey: TYPE }, "DIGEST");
    await subscribe(db, { groupId: beta.id }, { categoryKey: CATEGORY }, "DIGEST");
    await subscribe(db, { userId: user.id }, { categoryKey: CATEGORY }, "DIGEST");

    const result = await resolveFor(TYPE, [user.id]);
    expect(result).toHaveLength(1);
    expect(result[0]?.mode).toBe("DIGEST");
    expect(result[0]?.reasons).toEqual([
      { via: "direct", target: "category", categoryKey: CATEGORY },
      { via: "group", groupId: alpha.id, groupName: alpha.name, target: "type" },
      { via: "group", groupId: beta.id, groupName: beta.name, target: "category", categoryKey: CATEGORY },
    ]);
  });

  it("delivers immediately if any path is immediate, unless the recipient's own preference says otherwise", async () => {
    const db = testDb();
    const [mixed, digestOnly, prefersDigest, prefersImmediate] = await Promise.all(
      [1, 2, 3, 4].map(() => createUser(db)),
    );
    const ids = [mixed, digestOnly, prefersDigest, prefersImmediate].map((u) => u!.id);
    const immediateGroup = await createGroup(db, undefined, [mixed!.id, prefersDigest!.id]);
    const digestGroup = await createGroup(db, undefined, ids);
    await subscribe(db, { groupId: immediateGroup.id }, { typeKey: TYPE }, "IMMEDIATE");
    await subscribe(db, { groupId: digestGroup.id }, { typeKey: TYPE }, "DIGEST");
    await prefer(db, { userId: prefersDigest!.id }, TYPE, { mode: "DIGEST" });
    await prefer(db, { userId: prefersImmediate!.id }, TYPE, { mode: "IMMEDIATE" });

    const result = await resolveFor(TYPE, ids);
    expect(byId(result, mixed!.id)?.mode).toBe("IMMEDIATE");
    expect(byId(result, digestOnly!.id)?.mode).toBe("DIGEST");
    expect(byId(result, prefersDigest!.id)?.mode).toBe("DIGEST");
    expect(byId(result, prefersImmediate!.id)?.mode).toBe("IMMEDIATE");
  });

  it("drops muted recipients, but a mute of one type leaves the others alone", async () => {
    const db = testDb();
    const muted = await createUser(db);
    const contact = await createContact(db);
    const group = await createGroup(db, undefined, [muted.id]);
    await subscribe(db, { groupId: group.id }, { categoryKey: CATEGORY });
    await subscribe(db, { contactId: contact.id }, { typeKey: TYPE });
    await prefer(db, { userId: muted.id }, TYPE, { muted: true });
    await prefer(db, { contactId: contact.id }, TYPE, { muted: true });

    expect(await resolveFor(TYPE, [muted.id, contact.id])).toEqual([]);
    expect((await resolveFor(OTHER_TYPE, [muted.id])).map((r) => r.id)).toEqual([muted.id]);
  });

  it("always delivers mandatory types, immediately, whatever the mutes and digest choices", async () => {
    const db = testDb();
    const user = await createUser(db);
    const contact = await createContact(db);
    const group = await createGroup(db, undefined, [user.id]);
    await subscribe(db, { groupId: group.id }, { categoryKey: CATEGORY }, "DIGEST");
    await subscribe(db, { contactId: contact.id }, { typeKey: MANDATORY }, "DIGEST");
    await prefer(db, { userId: user.id }, MANDATORY, { muted: true, mode: "DIGEST" });
    await prefer(db, { contactId: contact.id }, MANDATORY, { muted: true });

    const result = await resolveFor(MANDATORY, [user.id, contact.id]);
    expect(result.map((r) => [r.id, r.mode]).sort()).toEqual(
      [
        [user.id, "IMMEDIATE"],
        [contact.id, "IMMEDIATE"],
      ].sort(),
    );
  });

  it("drops disabled users and contacts, and suppressed addresses", async () => {
    const db = testDb();
    const disabled = await createUser(db, { disabled: true });
    const suppressed = await createUser(db);
    const active = await createUser(db);
    const disabledContact = await createContact(db, { disabled: true });
    const suppressedContact = await createContact(db);
    const group = await createGroup(db, undefined, [disabled.id, suppressed.id, active.id]);
    await subscribe(db, { groupId: group.id }, { typeKey: TYPE });
    await subscribe(db, { userId: disabled.id }, { typeKey: TYPE });
    await subscribe(db, { contactId: disabledContact.id }, { typeKey: TYPE });
    await subscribe(db, { contactId: suppressedContact.id }, { typeKey: TYPE });
    await db.suppression.createMany({
      data: [suppressed.email, suppressedContact.email].map((email) => ({
        email,
        reason: "HARD_BOUNCE" as const,
      })),
    });

    const ids = [disabled.id, suppressed.id, active.id, disabledContact.id, suppressedContact.id];
    expect((await resolveFor(TYPE, ids)).map((r) => r.id)).toEqual([active.id]);
    expect(
      (await resolveFor(MANDATORY, ids, [{ userId: disabled.id }, { userId: suppressed.id }])).length,
    ).toBe(0);
  });

  it("keeps suppressed addresses for enqueue, marked, and leaves them out of who gets the e-mails", async () => {
    const db = testDb();
    const suppressed = await createUser(db);
    const contact = await createContact(db);
    const active = await createUser(db);
    const address = `suppressed-${active.id}@bank.test`;
    await subscribe(db, { userId: suppressed.id }, { typeKey: TYPE });
    await subscribe(db, { contactId: contact.id }, { typeKey: TYPE });
    await subscribe(db, { userId: active.id }, { typeKey: TYPE });
    await db.suppression.createMany({
      data: [suppressed.email, contact.email, address].map((email) => ({
        email,
        reason: "HARD_BOUNCE" as const,
      })),
    });

    const { recipients } = await resolveWithQuietHours(db, {
      typeKey: TYPE,
      extraRecipients: [{ email: address }],
    });
    const mine = recipients.filter((r) =>
      [suppressed.email, contact.email, active.email, address].includes(r.email),
    );
    expect(Object.fromEntries(mine.map((r) => [r.email, r.suppressed ?? false]))).toEqual({
      [suppressed.email]: true,
      [contact.email]: true,
      [address]: true,
      [active.email]: false,
    });
    const ids = [suppressed.id, contact.id, active.id, address];
    expect((await resolveFor(TYPE, ids, [{ email: address }])).map((r) => r.email)).toEqual([active.email]);
  });

  it("adds the recipients named by the event: users by id or address, contacts, and bare addresses", async () => {
    const db = testDb();
    const approver = await createUser(db);
    const subscribed = await createUser(db);
    const byEmail = await createUser(db);
    const contact = await createContact(db);
    const address = `outside-${approver.id.slice(0, 8)}@bank.test`;
    const suppressedAddress = `bounced-${approver.id.slice(0, 8)}@bank.test`;
    await db.suppression.create({ data: { email: suppressedAddress, reason: "COMPLAINT" } });
    await subscribe(db, { userId: subscribed.id }, { typeKey: TYPE }, "DIGEST");

    const ids = [approver.id, subscribed.id, byEmail.id, contact.id, address, suppressedAddress];
    const result = await resolveFor(TYPE, ids, [
      { userId: approver.id },
      { userId: approver.id },
      { userId: subscribed.id },
      { email: byEmail.email.toUpperCase() },
      { email: contact.email },
      { email: address },
      { email: suppressedAddress },
    ]);
    expect(result).toHaveLength(5);
    expect(byId(result, approver.id)).toMatchObject({
      kind: "user",
      mode: "IMMEDIATE",
      reasons: [{ via: "event" }],
    });
    expect(byId(result, subscribed.id)).toMatchObject({
      mode: "IMMEDIATE",
      reasons: [{ via: "event" }, { via: "direct", target: "type" }],
    });
    expect(byId(result, byEmail.id)?.reasons).toEqual([{ via: "event" }]);
    expect(byId(result, contact.id)).toMatchObject({ kind: "contact", reasons: [{ via: "event" }] });
    expect(result.find((r) => r.email === address)).toEqual({
      kind: "address",
      email: address,
      name: address,
      locale: "en",
      timeZone: "UTC",
      digestHour: 8,
      mode: "IMMEDIATE",
      reasons: [{ via: "event" }],
    });
  });

  it("refuses an unknown type (404) and a malformed user id (400)", async () => {
    await expect(resolveRecipients(testDb(), { typeKey: "nope.nothing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      resolveRecipients(testDb(), { typeKey: TYPE, extraRecipients: [{ userId: "42" }] }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("agrees with the per-recipient view for every type of the catalog", async () => {
    const db = testDb();
    const user = await createUser(db);
    const group = await createGroup(db, undefined, [user.id]);
    await subscribe(db, { groupId: group.id }, { categoryKey: "monitoring" }, "DIGEST");
    await subscribe(db, { groupId: group.id }, { categoryKey: CATEGORY });
    await subscribe(db, { userId: user.id }, { typeKey: "workstation.macro" }, "DIGEST");
    await subscribe(db, { userId: user.id }, { categoryKey: "devices" });
    await prefer(db, { userId: user.id }, TYPE, { muted: true });
    await prefer(db, { userId: user.id }, "monitoring.cpu-high", { mode: "IMMEDIATE" });
    await prefer(db, { userId: user.id }, "monitoring.cpu-critical", { muted: true });
    await prefer(db, { userId: user.id }, "devices.connectivity-lost", { mode: "DIGEST" });

    const deliveries = await recipientDeliveries(db, { kind: "user", id: user.id });
    for (const type of notificationTypes) {
      const resolved = byId(await resolveFor(type.key, [user.id]), user.id);
      const view = deliveries.find((d) => d.typeKey === type.key);
      expect({ type: type.key, delivered: Boolean(resolved), mode: resolved?.mode }).toEqual({
        type: type.key,
        delivered: view?.delivered,
        mode: view?.delivered ? view.mode : undefined,
      });
    }
  });
});
