import { describe, expect, it } from "vitest";
import { subscribe } from "@/lib/subscriptions/testing";
import { createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { saveTemplateOverride } from "./overrides";
import { samplePayloads, type TypeKey } from "./payloads";
import { sendTestEmail } from "./test-send";

const PREFERENCES_URL = "http://localhost:3000/me/notifications";

describe("send test to me", () => {
  it("queues an event of origin TEST for the admin alone, in the previewed language, and audits it", async () => {
    const db = testDb();
    const admin = await createUser(db, { role: "ADMIN", locale: "en", timeZone: "America/Sao_Paulo" });
    const subscriber = await createUser(db);
    const typeKey: TypeKey = "certificates.revocation";
    await subscribe(db, { userId: subscriber.id }, { typeKey });
    await db.$transaction((tx) =>
      saveTemplateOverride(tx, testActor(admin.id), {
        typeKey,
        locale: "pt-BR",
        subject: "Revogado: {{certificate.commonName}}",
        intro: "",
      }),
    );

    const result = await sendTestEmail(db, testActor(admin.id), {
      typeKey,
      locale: "pt-BR",
      payload: samplePayloads[typeKey],
      to: { userId: admin.id, email: admin.email, name: admin.name, timeZone: admin.timeZone },
      preferencesUrl: PREFERENCES_URL,
    });

    expect(result.subject).toBe("[TEST] Revogado: api.pix.meridional.example");
    const event = await db.event.findUniqueOrThrow({
      where: { id: result.eventId },
      include: { deliveries: true },
    });
    expect(event).toMatchObject({ typeKey, origin: "TEST", createdById: admin.id, recipientCount: 1 });
    expect(event.deliveries).toHaveLength(1);
    expect(event.deliveries[0]).toMatchObject({
      userId: admin.id,
      email: admin.email,
      locale: "pt_BR",
      timeZone: "America/Sao_Paulo",
      status: "QUEUED",
      mode: "IMMEDIATE",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "template.test-send", actorId: admin.id },
    });
    expect(audit).toMatchObject({
      targetId: typeKey,
      after: { locale: "pt-BR", to: admin.email, eventId: result.eventId, override: true },
    });
  });

  it("refuses an invalid payload before writing anything", async () => {
    const db = testDb();
    const admin = await createUser(db, { role: "ADMIN" });
    await expect(
      sendTestEmail(db, testActor(admin.id), {
        typeKey: "access-control.request-created",
        locale: "en",
        payload: { ...samplePayloads["access-control.request-created"], approveUrl: "javascript:alert(1)" },
        to: { userId: admin.id, email: admin.email, name: admin.name, timeZone: "UTC" },
        preferencesUrl: PREFERENCES_URL,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", details: { "payload.approveUrl": expect.any(Array) } });
    expect(await db.event.count({ where: { createdById: admin.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "template.test-send", actorId: admin.id } })).toBe(0);
  });
});
