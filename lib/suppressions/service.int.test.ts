import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testActor, testDb } from "@/tests/db";
import { listSuppressions } from "./queries";
import { suppressionListParamsSchema } from "./schemas";
import { liftSuppression } from "./service";

const db = testDb();
const params = (input: Record<string, unknown>) => suppressionListParamsSchema.parse(input);

async function suppress(reason: "HARD_BOUNCE" | "COMPLAINT" | "MANUAL", tag: string) {
  const email = `${tag}-${randomUUID().slice(0, 8)}@bounce.example`;
  await db.suppression.create({ data: { email, reason, note: `note for ${email}` } });
  return email;
}

describe("suppression list", () => {
  it("lists addresses with reason and date, filtered by search and reason, for staff only", async () => {
    const tag = `s${randomUUID().slice(0, 6)}`;
    const bounced = await suppress("HARD_BOUNCE", tag);
    const complained = await suppress("COMPLAINT", tag);
    const all = await listSuppressions({ role: "AUDITOR" }, params({ q: tag }), db);
    expect(all.total).toBe(2);
    expect(all.suppressions.map((row) => row.email).sort()).toEqual([bounced, complained].sort());
    expect(all.suppressions[0]).toMatchObject({ reason: expect.any(String), createdAt: expect.any(Date) });
    const onlyComplaints = await listSuppressions(
      { role: "ADMIN" },
      params({ q: tag.toUpperCase(), reason: "COMPLAINT" }),
      db,
    );
    expect(onlyComplaints.suppressions).toEqual([
      expect.objectContaining({ email: complained, reason: "COMPLAINT", note: `note for ${complained}` }),
    ]);
    await expect(listSuppressions({ role: "USER" }, params({}), db)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("falls back to the defaults for malformed search params", () => {
    expect(params({ reason: "SPAM", page: "-3", q: "x".repeat(500) })).toEqual({
      q: "",
      reason: "all",
      page: 1,
    });
  });

  it("lifts a suppression once, audited with what was lifted", async () => {
    const email = await suppress("HARD_BOUNCE", "lift");
    const actor = { ...testActor(), requestId: randomUUID() };
    await liftSuppression(db, actor, email);
    expect(await db.suppression.findUnique({ where: { email } })).toBeNull();
    const [entry] = await db.auditLog.findMany({ where: { requestId: actor.requestId } });
    expect(entry).toMatchObject({
      action: "suppression.lift",
      targetType: "suppression",
      targetId: email,
      before: { reason: "HARD_BOUNCE", note: `note for ${email}` },
    });
    await expect(liftSuppression(db, actor, email)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "suppressionNotFound",
    });
    expect(await db.auditLog.count({ where: { requestId: actor.requestId } })).toBe(1);
  });
});
