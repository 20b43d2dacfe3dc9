import { describe, expect, it } from "vitest";
import { createContact } from "@/lib/subscriptions/testing";
import { createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { getRecipientSuppression } from "./queries";

const db = testDb();
const since = new Date("2026-11-27T09:30:00Z");

describe("getRecipientSuppression", () => {
  it("tells a person their own address is suppressed, with the reason and since when", async () => {
    const user = await createUser(db);
    await db.suppression.create({ data: { email: user.email, reason: "COMPLAINT", createdAt: since } });
    const me = { id: user.id, role: "USER" as const };
    expect(await getRecipientSuppression(me, { kind: "user", id: user.id }, db)).toEqual({
      email: user.email,
      reason: "COMPLAINT",
      createdAt: since,
    });
  });

  it("tells staff about a user's or a contact's address, and null when it is not suppressed", async () => {
    const user = await createUser(db);
    const contact = await createContact(db);
    await db.suppression.create({ data: { email: contact.email, reason: "HARD_BOUNCE", createdAt: since } });
    const auditor = { role: "AUDITOR" as const };
    expect(await getRecipientSuppression(auditor, { kind: "contact", id: contact.id }, db)).toEqual({
      email: contact.email,
      reason: "HARD_BOUNCE",
      createdAt: since,
    });
    expect(await getRecipientSuppression(auditor, { kind: "user", id: user.id }, db)).toBeNull();
    expect(await getRecipientSuppression(auditor, { kind: "user", id: "not-a-uuid" }, db)).toBeNull();
  });

  it("refuses a USER asking about someone else", async () => {
    const [asker, other] = await Promise.all([createUser(db), createUser(db)]);
    await db.suppression.create({ data: { email: other.email, reason: "MANUAL" } });
    await expect(
      getRecipientSuppression({ id: asker.id, role: "USER" }, { kind: "user", id: other.id }, db),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
