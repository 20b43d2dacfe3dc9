import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { listContacts } from "./queries";
import { createContactSchema } from "./schemas";
import { createContact, setContactDisabled, updateContact } from "./service";

const fields = (email: string) =>
  createContactSchema.parse({
    name: "On-call SOC",
    email,
    locale: "pt-BR",
    timeZone: "America/Sao_Paulo",
    digestHour: "7",
  });

describe("contacts", () => {
  it("creates, edits, disables and re-enables a contact, auditing each change", async () => {
    const db = testDb();
    const email = `Soc-${randomUUID().slice(0, 8)}@Partner.test`;
    const { id } = await createContact(db, testActor(), fields(email));
    const found = await listContacts(
      { role: "AUDITOR" },
      { q: email.slice(0, 12).toLowerCase(), status: "all", page: 1 },
      db,
    );
    expect(found.contacts).toEqual([
      expect.objectContaining({
        id,
        email: email.toLowerCase(),
        locale: "pt-BR",
        digestHour: 7,
        disabled: false,
      }),
    ]);

    expect(
      await updateContact(db, testActor(), { id, ...fields(email), name: "SOC mailbox", digestHour: 9 }),
    ).toEqual({ changed: ["name", "digestHour"] });
    expect(await setContactDisabled(db, testActor(), id, true)).toBe(true);
    expect(await setContactDisabled(db, testActor(), id, true)).toBe(false);
    expect(await setContactDisabled(db, testActor(), id, false)).toBe(true);
    const audit = await db.auditLog.findMany({ where: { targetId: id }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual([
      "contact.create",
      "contact.update",
      "contact.disable",
      "contact.enable",
    ]);
    expect(audit[1]?.before).toEqual({ name: "On-call SOC", digestHour: 7 });
  });

  it("refuses an address another contact or a user already has", async () => {
    const db = testDb();
    const email = `dup-${randomUUID().slice(0, 8)}@partner.test`;
    await createContact(db, testActor(), fields(email));
    await expect(createContact(db, testActor(), fields(email))).rejects.toMatchObject({
      code: "CONFLICT",
      details: { email: ["contactEmailTaken"] },
    });
    const user = await createUser(db);
    await expect(createContact(db, testActor(), fields(user.email))).rejects.toMatchObject({
      code: "CONFLICT",
      details: { email: ["contactEmailIsUser"] },
    });
  });

  it("validates the form", () => {
    const result = createContactSchema.safeParse({
      name: "",
      email: "nope",
      locale: "fr",
      timeZone: "Mars/Base",
      digestHour: "24",
    });
    expect(result.success).toBe(false);
    const fieldsWithErrors = new Set(result.error?.issues.map((issue) => issue.path[0]));
    expect(fieldsWithErrors).toEqual(new Set(["name", "email", "locale", "timeZone", "digestHour"]));
  });
});
