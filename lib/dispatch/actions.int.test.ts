import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { subscribe } from "@/lib/subscriptions/testing";
import { samplePayloads } from "@/lib/templates/payloads";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { signIn } from "@/tests/actions";
import { testDb } from "@/tests/db";

// Only the session and the request headers are faked: the action wrapper, enqueue and database are real.
vi.mock("@/lib/auth/viewer", async () => (await import("@/tests/actions")).viewerModule);
vi.mock("next/headers", async () => (await import("@/tests/actions")).headersModule);

const { dispatchEventAction, previewDispatchAction } = await import("./actions");

const TYPE = "access-control.request-approved";
const db = testDb();

describe("dispatch actions", () => {
  it("dispatches an event from the UI, audited, and answers the event id", async () => {
    const admin = await signIn("ADMIN");
    const subscriber = await createUser(db);
    await subscribe(db, { userId: subscriber.id }, { typeKey: TYPE });
    const named = `named-${randomUUID().slice(0, 8)}@example.test`;
    const result = await dispatchEventAction({
      typeKey: TYPE,
      payload: JSON.stringify(samplePayloads[TYPE]),
      recipients: [{ email: named }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const event = await db.event.findUniqueOrThrow({
      where: { id: result.data.eventId },
      include: { deliveries: true },
    });
    expect(event).toMatchObject({
      origin: "UI",
      createdById: admin.id,
      recipientCount: result.data.deliveryCount,
    });
    expect(event.deliveries.map((delivery) => delivery.email)).toEqual(
      expect.arrayContaining([subscriber.email, named]),
    );
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "event.dispatch", targetId: event.id },
    });
    expect(audit).toMatchObject({ actorId: admin.id, after: { typeKey: TYPE, duplicate: false } });
  });

  it("answers field errors for a bad payload or unreadable JSON, writing nothing", async () => {
    const admin = await signIn("ADMIN");
    const bad = await dispatchEventAction({
      typeKey: TYPE,
      payload: { ...samplePayloads[TYPE], detailsUrl: 1 },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: "BAD_REQUEST", fields: { "payload.detailsUrl": expect.any(Array) } },
    });
    const notJson = await dispatchEventAction({ typeKey: TYPE, payload: "{oops" });
    expect(notJson).toMatchObject({
      ok: false,
      error: { code: "BAD_REQUEST", fields: { payload: ["invalidJson"] } },
    });
    const unknown = await dispatchEventAction({ typeKey: "nope.nothing", payload: {} });
    expect(unknown).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await db.event.count({ where: { createdById: admin.id } })).toBe(0);
  });

  it("previews the recipients with their reasons", async () => {
    await signIn("ADMIN");
    const member = await createUser(db);
    const group = await createGroup(db, undefined, [member.id]);
    await subscribe(db, { groupId: group.id }, { typeKey: TYPE });
    const result = await previewDispatchAction({ typeKey: TYPE, recipients: [{ userId: member.id }] });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data).toMatchObject({ typeKey: TYPE, mandatory: false, ignoresQuietHours: false });
    expect(result.data.recipients.find((recipient) => recipient.id === member.id)?.reasons).toEqual([
      { via: "event" },
      { via: "group", groupId: group.id, groupName: group.name, target: "type" },
    ]);
  });

  it("refuses a USER and an AUDITOR", async () => {
    for (const role of ["USER", "AUDITOR"] as const) {
      const user = await signIn(role);
      await expect(dispatchEventAction({ typeKey: TYPE, payload: samplePayloads[TYPE] })).rejects.toThrow(
        /403/,
      );
      await expect(previewDispatchAction({ typeKey: TYPE })).rejects.toThrow(/403/);
      expect(await db.event.count({ where: { createdById: user.id } })).toBe(0);
    }
  });
});
