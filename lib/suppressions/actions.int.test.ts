import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { enqueueEvent } from "@/lib/dispatch/enqueue";
import { samplePayloads } from "@/lib/templates/payloads";
import { form, session, signIn } from "@/tests/actions";
import { testDb } from "@/tests/db";
import { listSuppressions } from "./queries";
import { suppressionListParamsSchema } from "./schemas";

// Adding an address by hand through the server action. Only the session, the request headers and Next's
// cache are faked: the action wrapper (role check, unsafe-text check), the schema and the audited write
// are real.
vi.mock("@/lib/auth/viewer", async () => (await import("@/tests/actions")).viewerModule);
vi.mock("next/headers", async () => (await import("@/tests/actions")).headersModule);
vi.mock("next/cache", async () => (await import("@/tests/actions")).cacheModule);

const { addSuppressionAction, liftSuppressionAction } = await import("./actions");

const db = testDb();

const address = (tag: string) => `${tag}-${randomUUID().slice(0, 8)}@bank.example`;

const rowOf = (email: string) =>
  db.suppression.findUnique({ where: { email }, select: { reason: true, note: true } });

const auditOf = (email: string) =>
  db.auditLog.findMany({
    where: { targetType: "suppression", targetId: email },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, before: true, after: true },
  });

describe("adding a suppression by hand", () => {
  it("an ADMIN adds an address, normalised, as MANUAL with the note, audited; the list shows it and lift works", async () => {
    const admin = await signIn("ADMIN");
    const email = address("departed");
    const added = await addSuppressionAction(
      {},
      form({ email: `  ${email.toUpperCase()} `, note: " Contractor left on 30 November " }),
    );
    expect(added).toEqual({ ok: true });
    expect(await rowOf(email)).toEqual({ reason: "MANUAL", note: "Contractor left on 30 November" });
    expect(await auditOf(email)).toEqual([
      {
        action: "suppression.add",
        actorId: admin.id,
        before: null,
        after: { reason: "MANUAL", note: "Contractor left on 30 November" },
      },
    ]);

    const listed = await listSuppressions(admin, suppressionListParamsSchema.parse({ q: email }), db);
    expect(listed.suppressions).toEqual([
      { email, reason: "MANUAL", note: "Contractor left on 30 November", createdAt: expect.any(Date) },
    ]);

    expect(await liftSuppressionAction({ email })).toEqual({ ok: true, data: { email } });
    expect(await rowOf(email)).toBeNull();
    expect((await auditOf(email)).map((entry) => entry.action)).toEqual([
      "suppression.add",
      "suppression.lift",
    ]);
  });

  it("stores no note when none is given", async () => {
    await signIn("ADMIN");
    const email = address("phone");
    expect(await addSuppressionAction({}, form({ email }))).toEqual({ ok: true });
    expect(await rowOf(email)).toEqual({ reason: "MANUAL", note: null });
  });

  it("refuses an AUDITOR and a USER, writing nothing", async () => {
    for (const role of ["AUDITOR", "USER"] as const) {
      await signIn(role);
      const email = address(role.toLowerCase());
      await expect(addSuppressionAction({}, form({ email, note: "not mine to block" }))).rejects.toThrow(
        "403",
      );
      expect(await rowOf(email)).toBeNull();
      expect(await auditOf(email)).toEqual([]);
    }
  });

  it("asks to sign in when there is no session", async () => {
    session.viewer = null;
    const email = address("anonymous");
    await expect(addSuppressionAction({}, form({ email }))).rejects.toThrow("NEXT_REDIRECT");
    expect(await rowOf(email)).toBeNull();
  });

  it("answers an address already on the list with a field message, keeping its row and reason", async () => {
    await signIn("ADMIN");
    const bounced = address("bounced");
    await db.suppression.create({ data: { email: bounced, reason: "HARD_BOUNCE", note: "550 5.1.1" } });
    const answer = await addSuppressionAction({}, form({ email: bounced.toUpperCase(), note: "again" }));
    expect(answer).toEqual({ errors: { email: ["alreadySuppressed"] }, message: "checkFields" });
    expect(await rowOf(bounced)).toEqual({ reason: "HARD_BOUNCE", note: "550 5.1.1" });
    expect(await auditOf(bounced)).toEqual([]);

    const manual = address("twice");
    expect(await addSuppressionAction({}, form({ email: manual }))).toEqual({ ok: true });
    expect(await addSuppressionAction({}, form({ email: manual, note: "second" }))).toMatchObject({
      errors: { email: ["alreadySuppressed"] },
    });
    expect(await rowOf(manual)).toEqual({ reason: "MANUAL", note: null });
    expect(await auditOf(manual)).toHaveLength(1);
  });

  it("refuses invalid input with field messages: a bad address, a hostile or overlong note", async () => {
    await signIn("ADMIN");
    expect(await addSuppressionAction({}, form({ email: "not-an-address" }))).toEqual({
      errors: { email: ["invalidEmail"] },
      message: "checkFields",
    });
    const email = address("hostile");
    // (A lone surrogate cannot arrive here: FormData already turns it into U+FFFD.)
    for (const note of ["legal\u0000hold", "bell\u0007", "escape\u001b[31m"]) {
      expect(await addSuppressionAction({}, form({ email, note }))).toEqual({
        errors: { note: ["invalidCharacters"] },
        message: "checkFields",
      });
    }
    expect(await addSuppressionAction({}, form({ email, note: "n".repeat(501) }))).toEqual({
      errors: { note: ["tooLong"] },
      message: "checkFields",
    });
    expect(await rowOf(email)).toBeNull();
    expect(await auditOf(email)).toEqual([]);
  });

  it("an added address is never e-mailed: an event naming it gets a SUPPRESSED delivery", async () => {
    await signIn("ADMIN");
    const blocked = address("legal-hold");
    const fine = address("still-fine");
    expect(await addSuppressionAction({}, form({ email: blocked, note: "legal hold" }))).toEqual({
      ok: true,
    });
    const type = "access-control.request-approved";
    const { eventId } = await enqueueEvent(
      db,
      { typeKey: type, payload: samplePayloads[type], recipients: [{ email: blocked }, { email: fine }] },
      { kind: "API" },
    );
    const deliveries = await db.delivery.findMany({
      where: { eventId, email: { in: [blocked, fine] } },
      select: { email: true, status: true },
    });
    expect(Object.fromEntries(deliveries.map((row) => [row.email, row.status]))).toEqual({
      [blocked]: "SUPPRESSED",
      [fine]: "QUEUED",
    });
  });
});
