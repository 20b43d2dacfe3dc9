import { describe, expect, it } from "vitest";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { leftOutRecipients } from "./left-out";
import { resolveWithQuietHours } from "./resolve-recipients";
import { createContact, prefer, subscribe } from "./testing";

// Other tests share the database: every assertion looks only at the people this test created.
const TYPE = "certificates.revocation"; // not mandatory
const MANDATORY = "certificates.expiration-alert-today";
const CATEGORY = "certificates";

async function setUp() {
  const db = testDb();
  const active = await createUser(db);
  const disabled = await createUser(db, { disabled: true });
  const muted = await createUser(db);
  const suppressed = await createUser(db);
  const group = await createGroup(db, undefined, [active.id, disabled.id, muted.id, suppressed.id]);
  await subscribe(db, { groupId: group.id }, { categoryKey: CATEGORY });
  await prefer(db, { userId: muted.id }, TYPE, { muted: true });
  await prefer(db, { userId: muted.id }, MANDATORY, { muted: true });
  const bounced = await createContact(db);
  await subscribe(db, { contactId: bounced.id }, { typeKey: TYPE });
  const since = new Date("2026-11-20T10:00:00Z");
  await db.suppression.createMany({
    data: [
      { email: suppressed.email, reason: "COMPLAINT", createdAt: since },
      { email: bounced.email, reason: "HARD_BOUNCE", createdAt: since },
    ],
  });
  return {
    active,
    disabled,
    muted,
    suppressed,
    bounced,
    since,
    ids: new Set([active.id, disabled.id, muted.id, suppressed.id, bounced.id]),
  };
}

describe("leftOutRecipients", () => {
  it("names every subscriber the resolver leaves out, with why: disabled, muted, suppressed", async () => {
    const { disabled, muted, suppressed, bounced, since, ids } = await setUp();
    const leftOut = (await leftOutRecipients(testDb(), TYPE)).filter((person) => ids.has(person.id));
    const causes = Object.fromEntries(leftOut.map((person) => [person.id, person.cause]));
    expect(causes).toEqual({
      [disabled.id]: { kind: "disabled" },
      [muted.id]: { kind: "muted" },
      [suppressed.id]: { kind: "suppressed", reason: "COMPLAINT", since },
      [bounced.id]: { kind: "suppressed", reason: "HARD_BOUNCE", since },
    });
    expect(leftOut.find((person) => person.id === bounced.id)).toMatchObject({
      kind: "contact",
      email: bounced.email,
      name: bounced.name,
    });
  });

  it("is the complement of the resolver: who it reaches plus who is left out is every subscriber", async () => {
    const { active, disabled, muted, suppressed, bounced, ids } = await setUp();
    const { recipients } = await resolveWithQuietHours(testDb(), { typeKey: TYPE });
    const reached = recipients.filter((r) => r.id && ids.has(r.id));
    // The resolver drops the disabled and the muted and flags the suppressed: only the flag sends nothing.
    expect(reached.filter((r) => !r.suppressed).map((r) => r.id)).toEqual([active.id]);
    expect(
      reached
        .filter((r) => r.suppressed)
        .map((r) => r.id)
        .sort(),
    ).toEqual([suppressed.id, bounced.id].sort());
    const leftOut = (await leftOutRecipients(testDb(), TYPE)).filter((person) => ids.has(person.id));
    expect(leftOut.map((person) => person.id).sort()).toEqual(
      [disabled.id, muted.id, suppressed.id, bounced.id].sort(),
    );
  });

  it("does not count a mute against a mandatory type, which the resolver ignores", async () => {
    const { muted, ids } = await setUp();
    const leftOut = (await leftOutRecipients(testDb(), MANDATORY)).filter((person) => ids.has(person.id));
    expect(leftOut.map((person) => person.id)).not.toContain(muted.id);
    expect(leftOut.map((person) => person.cause.kind).sort()).toEqual(["disabled", "suppressed"]);
  });
});
