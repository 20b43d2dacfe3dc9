import { describe, expect, it } from "vitest";
import { createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { resetTemplateOverride, saveTemplateOverride, findOverride } from "./overrides";
import type { TypeKey } from "./payloads";

// Overrides are unique per type and locale and the database is shared: each test owns its own type.

async function auditFor(typeKey: TypeKey, locale: string) {
  return testDb().auditLog.findMany({
    where: { targetType: "template-override", targetId: `${typeKey}:${locale}` },
    orderBy: { id: "asc" },
  });
}

describe("template overrides", () => {
  it("saves, updates and resets with an audit entry (before/after) for each change", async () => {
    const db = testDb();
    const admin = await createUser(db, { role: "ADMIN" });
    const actor = testActor(admin.id);
    const typeKey: TypeKey = "workstation.macro";
    const locale = "pt-BR" as const;

    const saved = await db.$transaction((tx) =>
      saveTemplateOverride(tx, actor, {
        typeKey,
        locale,
        subject: "  Alerta: {{recipient.name}}  ",
        intro: "Primeiro parágrafo.",
      }),
    );
    expect(saved).toMatchObject({
      typeKey,
      locale,
      subject: "Alerta: {{recipient.name}}",
      intro: "Primeiro parágrafo.",
      updatedById: admin.id,
    });

    await db.$transaction((tx) =>
      saveTemplateOverride(tx, actor, { typeKey, locale, subject: "Alerta", intro: "" }),
    );
    // Saving the same texts again changes nothing and logs nothing.
    await db.$transaction((tx) =>
      saveTemplateOverride(tx, actor, { typeKey, locale, subject: "Alerta", intro: "" }),
    );
    expect(await findOverride(db, typeKey, locale)).toMatchObject({ subject: "Alerta", intro: null });

    expect(await db.$transaction((tx) => resetTemplateOverride(tx, actor, { typeKey, locale }))).toBe(true);
    expect(await findOverride(db, typeKey, locale)).toBeNull();
    expect(await db.$transaction((tx) => resetTemplateOverride(tx, actor, { typeKey, locale }))).toBe(false);

    const entries = await auditFor(typeKey, locale);
    expect(entries.map((entry) => entry.action)).toEqual([
      "template.override.update",
      "template.override.update",
      "template.override.reset",
    ]);
    expect(entries[0]).toMatchObject({
      actorId: admin.id,
      before: null,
      after: { subject: "Alerta: {{recipient.name}}", intro: "Primeiro parágrafo." },
    });
    expect(entries[1]).toMatchObject({
      before: { subject: "Alerta: {{recipient.name}}" },
      after: { subject: "Alerta", intro: null },
    });
    expect(entries[2]).toMatchObject({ before: { subject: "Alerta", intro: null }, after: null });
  });

  it("refuses unknown variables and malformed braces as field errors, writing nothing", async () => {
    const db = testDb();
    const typeKey: TypeKey = "monitoring.cpu-high";
    const attempt = (subject: string, intro: string) =>
      db.$transaction((tx) =>
        saveTemplateOverride(tx, testActor(), { typeKey, locale: "en", subject, intro }),
      );
    await expect(attempt("CPU {{host.name}} {{cpu.value}}", "")).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      details: { subject: ["unknownVariables"] },
    });
    await expect(attempt("", "Hello {{host.name")).rejects.toMatchObject({
      details: { intro: ["malformedVariable"] },
    });
    expect(await findOverride(db, typeKey, "en")).toBeNull();
    expect(await auditFor(typeKey, "en")).toHaveLength(0);
  });

  it("rolls the override back with the audit entry when the transaction fails", async () => {
    const db = testDb();
    const typeKey: TypeKey = "workstation.uac";
    await expect(
      db.$transaction(async (tx) => {
        await saveTemplateOverride(tx, testActor(), {
          typeKey,
          locale: "en",
          subject: "Rolled back",
          intro: "",
        });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await findOverride(db, typeKey, "en")).toBeNull();
    expect(await auditFor(typeKey, "en")).toHaveLength(0);
  });

  it("treats a save with both texts blank as a reset", async () => {
    const db = testDb();
    const typeKey: TypeKey = "workstation.runas";
    await db.$transaction((tx) =>
      saveTemplateOverride(tx, testActor(), { typeKey, locale: "en", subject: "x", intro: "" }),
    );
    expect(
      await db.$transaction((tx) =>
        saveTemplateOverride(tx, testActor(), { typeKey, locale: "en", subject: " ", intro: "\n" }),
      ),
    ).toBeNull();
    expect((await auditFor(typeKey, "en")).map((entry) => entry.action)).toEqual([
      "template.override.update",
      "template.override.reset",
    ]);
  });
});
