import { describe, expect, it } from "vitest";
import { createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { recordAudit } from "./record";

describe("recordAudit", () => {
  it("writes the entry in the caller's transaction: a rolled-back change leaves no entry", async () => {
    const db = testDb();
    const user = await createUser(db);
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { name: "Renamed" } });
        await recordAudit(tx, testActor(), { action: "user.update", targetType: "user", targetId: user.id });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await db.auditLog.count({ where: { targetId: user.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).not.toBe("Renamed");
  });

  it("keeps the log append-only", async () => {
    const db = testDb();
    await db.$transaction((tx) =>
      recordAudit(tx, testActor(), { action: "test.append", targetType: "test" }),
    );
    await expect(
      db.auditLog.updateMany({ where: { action: "test.append" }, data: { action: "x" } }),
    ).rejects.toThrow();
    await expect(db.auditLog.deleteMany({ where: { action: "test.append" } })).rejects.toThrow();
  });
});
