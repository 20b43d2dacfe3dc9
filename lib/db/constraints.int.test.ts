// Rules the database itself holds, whatever code writes to it.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { uniqueViolation } from "@/lib/errors";
import { disableUser } from "@/lib/users/set-user-status";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";

describe("users are disabled, never deleted", () => {
  it("refuses to delete a user who acted in the audit log, and disabling them works and is audited", async () => {
    const db = testDb();
    const admin = await createUser(db, { role: "ADMIN" });
    const user = await createUser(db);
    await db.$transaction((tx) =>
      recordAudit(tx, testActor(user.id), {
        action: "profile.update",
        targetType: "user",
        targetId: user.id,
      }),
    );

    await expect(db.user.delete({ where: { id: user.id } })).rejects.toMatchObject({ code: "P2003" });
    await expect(db.$executeRaw`DELETE FROM "User" WHERE id = ${user.id}::uuid`).rejects.toThrow(
      /AuditLog_actorId_fkey/,
    );
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
    // The entry still names its actor: no SET NULL was attempted on the append-only log.
    expect(await db.auditLog.count({ where: { actorId: user.id } })).toBe(1);

    expect(await disableUser(db, testActor(admin.id), user.id)).toBe(true);
    const disabled = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(disabled.sessionVersion).toBe(user.sessionVersion + 1);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "user.disable", targetId: user.id },
    });
    expect(entry).toMatchObject({ actorId: admin.id, targetType: "user", before: { disabledAt: null } });
  });

  it("lets a user who never acted be deleted (their memberships go with them)", async () => {
    const db = testDb();
    const user = await createUser(db);
    const group = await createGroup(db, undefined, [user.id]);
    await db.user.delete({ where: { id: user.id } });
    expect(await db.groupMember.count({ where: { groupId: group.id } })).toBe(0);
  });
});

describe("catalog rows a subscription points at", () => {
  it("cannot be deleted from under the subscription (its CHECK needs exactly one target)", async () => {
    const db = testDb();
    const user = await createUser(db);
    const key = `test-restrict-${randomUUID().slice(0, 8)}`;
    const rolledBack = new Error("roll back: the test's catalog rows must not reach other tests");
    const errors = await db
      .$transaction(async (tx) => {
        await tx.category.create({ data: { key, name: "t", description: "t", position: 999 } });
        await tx.notificationType.create({
          data: {
            key: `${key}.x`,
            categoryKey: key,
            name: "t",
            description: "t",
            severity: "LOW",
            kind: "EVENT",
            position: 999,
          },
        });
        await tx.subscription.create({ data: { userId: user.id, typeKey: `${key}.x` } });
        await tx.subscription.create({ data: { userId: user.id, categoryKey: key } });
        const attempt = async (run: () => Promise<unknown>) => {
          await tx.$executeRaw`SAVEPOINT attempt`;
          const error = await run().then(
            () => null,
            (caught: unknown) => (caught instanceof Error ? caught.message : String(caught)),
          );
          await tx.$executeRaw`ROLLBACK TO SAVEPOINT attempt`;
          return error;
        };
        const result = [
          await attempt(() => tx.$executeRaw`DELETE FROM "NotificationType" WHERE key = ${`${key}.x`}`),
          await attempt(() => tx.$executeRaw`DELETE FROM "Category" WHERE key = ${key}`),
        ];
        throw Object.assign(rolledBack, { result });
      })
      .catch((caught: unknown) => {
        if (caught !== rolledBack) throw caught;
        return (caught as typeof rolledBack & { result: (string | null)[] }).result;
      });
    expect(errors[0]).toMatch(/RESTRICT setting of foreign key constraint "Subscription_typeKey_fkey"/);
    // The category is held by its subscription (and by its type).
    expect(errors[1]).toMatch(
      /RESTRICT setting of foreign key constraint "(Subscription|NotificationType)_categoryKey_fkey"/,
    );
    expect(await db.category.count({ where: { key } })).toBe(0);
  });
});

describe("group names", () => {
  it("are unique regardless of case in the database itself", async () => {
    const db = testDb();
    const name = `Ops ${randomUUID().slice(0, 8)}`;
    await db.$executeRaw`INSERT INTO "Group" (id, name, "updatedAt") VALUES (gen_random_uuid(), ${name}, now())`;
    await expect(
      db.$executeRaw`INSERT INTO "Group" (id, name, "updatedAt") VALUES (gen_random_uuid(), ${name.toUpperCase()}, now())`,
    ).rejects.toThrow(/Group_name_key/);

    // Through Prisma, the violation names the column, which lib/groups turns into "name taken".
    const error = await db.group
      .create({ data: { name: name.toLowerCase() } })
      .catch((caught: unknown) => caught);
    expect(uniqueViolation(error)).toEqual(["name"]);
    expect(await db.group.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
  });
});
