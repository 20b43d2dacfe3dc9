import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createUser as seedUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { lockAdminChanges } from "./admin-guard";
import { createUser } from "./create-user";
import { resetUserPassword } from "./reset-user-password";
import type { CreateUserInput } from "./schemas";
import { disableUser, enableUser } from "./set-user-status";
import { updateOwnPreferences } from "./update-preferences";
import { updateUser } from "./update-user";

const db = testDb();

function newUserInput(overrides: Partial<CreateUserInput> = {}): CreateUserInput {
  const suffix = randomUUID().slice(0, 8);
  return {
    name: `Created ${suffix}`,
    email: `created-${suffix}@example.test`,
    role: "USER",
    locale: "pt-BR",
    timeZone: "America/Sao_Paulo",
    password: "A-long-initial-password",
    ...overrides,
  };
}

async function auditFor(targetId: string) {
  return db.auditLog.findMany({ where: { targetType: "user", targetId }, orderBy: { id: "asc" } });
}

/** Audit ids are BigInts, which JSON.stringify refuses. */
function serialize(value: unknown) {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === "bigint" ? item.toString() : item));
}

async function sessionVersion(id: string) {
  return (await db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } }))
    .sessionVersion;
}

function editInput(user: Awaited<ReturnType<typeof seedUser>>) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    locale: user.locale === "pt_BR" ? ("pt-BR" as const) : ("en" as const),
    timeZone: user.timeZone,
  };
}

describe("createUser", () => {
  it("creates the user with a hashed password and audits user.create in the same transaction", async () => {
    const admin = await seedUser(db, { role: "ADMIN" });
    const input = newUserInput();
    const { id } = await createUser(db, testActor(admin.id), input);

    const user = await db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
    expect(user).toMatchObject({
      email: input.email,
      name: input.name,
      role: "USER",
      locale: "pt_BR",
      disabledAt: null,
    });
    expect(await verifyPassword(user.passwordHash, input.password)).toBe(true);

    const [entry, ...rest] = await auditFor(id);
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({ action: "user.create", actorId: admin.id });
    expect(entry?.after).toEqual({
      name: input.name,
      email: input.email,
      role: "USER",
      locale: "pt_BR",
      timeZone: "America/Sao_Paulo",
    });
    expect(serialize(entry)).not.toMatch(/passwordHash|argon2/);
  });

  it("refuses a duplicate e-mail with emailTaken and writes nothing", async () => {
    const existing = await seedUser(db);
    const input = newUserInput({ email: existing.email });
    const auditCount = await db.auditLog.count({ where: { action: "user.create" } });

    await expect(createUser(db, testActor(), input)).rejects.toMatchObject({
      code: "CONFLICT",
      details: { email: ["emailTaken"] },
    });
    expect(await db.user.count({ where: { name: input.name } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "user.create" } })).toBe(auditCount);
  });

  it("maps a unique violation raced past the pre-check to emailTaken", async () => {
    const input = newUserInput();
    const results = await Promise.allSettled([
      createUser(db, testActor(), input),
      createUser(db, testActor(), input),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((result) => result.status === "rejected");
    expect(failure?.reason).toMatchObject({ details: { email: ["emailTaken"] } });
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
  });
});

describe("updateUser", () => {
  it("audits only the changed fields and keeps sessions on a rename or new e-mail", async () => {
    const user = await seedUser(db);
    const email = `renamed-${randomUUID().slice(0, 8)}@example.test`;
    const result = await updateUser(db, testActor(), { ...editInput(user), name: "Renamed Person", email });

    expect(result).toEqual({ changed: ["name", "email"], sessionsEnded: false });
    expect(await sessionVersion(user.id)).toBe(user.sessionVersion);
    const [entry] = await auditFor(user.id);
    expect(entry).toMatchObject({
      action: "user.update",
      before: { name: user.name, email: user.email },
      after: { name: "Renamed Person", email },
    });
  });

  it("ends the user's sessions when their role changes", async () => {
    const user = await seedUser(db);
    const result = await updateUser(db, testActor(), { ...editInput(user), role: "AUDITOR" });
    expect(result.sessionsEnded).toBe(true);
    expect(await sessionVersion(user.id)).toBe(user.sessionVersion + 1);
    const [entry] = await auditFor(user.id);
    expect(entry).toMatchObject({ before: { role: "USER" }, after: { role: "AUDITOR" } });
  });

  it("writes nothing when nothing changed", async () => {
    const user = await seedUser(db);
    expect(await updateUser(db, testActor(), editInput(user))).toEqual({ changed: [], sessionsEnded: false });
    expect(await auditFor(user.id)).toHaveLength(0);
  });

  it("refuses another user's e-mail with emailTaken and changes nothing", async () => {
    const [user, other] = [await seedUser(db), await seedUser(db)];
    await expect(
      updateUser(db, testActor(), { ...editInput(user), name: "Should not stick", email: other.email }),
    ).rejects.toMatchObject({ details: { email: ["emailTaken"] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
    expect(await auditFor(user.id)).toHaveLength(0);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    const user = await seedUser(db);
    await expect(updateUser(db, testActor(), { ...editInput(user), id: randomUUID() })).rejects.toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
  });
});

describe("administrator protection", () => {
  it("refuses to let an administrator demote or disable themselves", async () => {
    const admin = await seedUser(db, { role: "ADMIN" });
    await seedUser(db, { role: "ADMIN" }); // another admin exists: the refusal is about "self"
    const actor = testActor(admin.id);

    await expect(updateUser(db, actor, { ...editInput(admin), role: "USER" })).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      details: { role: ["cannotDemoteYourself"] },
    });
    await expect(disableUser(db, actor, admin.id)).rejects.toMatchObject({
      message: "cannotDisableYourself",
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(after).toMatchObject({ role: "ADMIN", disabledAt: null, sessionVersion: admin.sessionVersion });
  });

  it("refuses to disable or demote the last active administrator", async () => {
    const target = await seedUser(db, { role: "ADMIN" });
    // Other tests share the database and its admins: make the target the only active one inside a
    // transaction that is rolled back, and run the real operations in it.
    class Rollback extends Error {
      constructor(readonly outcomes: unknown[]) {
        super("rollback");
      }
    }
    const refusal = (error: { message: string; details?: unknown }) => ({
      message: error.message,
      details: error.details,
    });
    const outcomes = await db
      .$transaction(async (tx) => {
        await lockAdminChanges(tx); // taken first, as the operations do, so the two cannot deadlock
        await tx.user.updateMany({
          where: { role: "ADMIN", disabledAt: null, id: { not: target.id } },
          data: { disabledAt: new Date() },
        });
        throw new Rollback([
          await disableUser(tx, testActor(), target.id).catch(refusal),
          await updateUser(tx, testActor(), { ...editInput(target), role: "AUDITOR" }).catch(refusal),
        ]);
      })
      .catch((error: unknown) => (error instanceof Rollback ? error.outcomes : error));
    expect(outcomes).toEqual([
      { message: "lastActiveAdmin", details: undefined },
      { message: "checkFields", details: { role: ["lastActiveAdmin"] } },
    ]);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      role: "ADMIN",
      disabledAt: null,
    });
  });

  it("allows disabling an administrator while another stays active", async () => {
    const [admin, other] = [await seedUser(db, { role: "ADMIN" }), await seedUser(db, { role: "ADMIN" })];
    expect(await disableUser(db, testActor(admin.id), other.id)).toBe(true);
  });
});

describe("disableUser / enableUser", () => {
  it("disables (ending sessions) and re-enables, auditing each, never deleting", async () => {
    const user = await seedUser(db);
    expect(await disableUser(db, testActor(), user.id)).toBe(true);
    const disabled = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(disabled.sessionVersion).toBe(user.sessionVersion + 1);

    expect(await disableUser(db, testActor(), user.id)).toBe(false); // already disabled: nothing written
    expect(await enableUser(db, testActor(), user.id)).toBe(true);
    expect(await enableUser(db, testActor(), user.id)).toBe(false);
    const enabled = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(enabled.disabledAt).toBeNull();
    expect(enabled.sessionVersion).toBe(user.sessionVersion + 1); // enabling does not revive old sessions

    const actions = (await auditFor(user.id)).map((entry) => entry.action);
    expect(actions).toEqual(["user.disable", "user.enable"]);
  });
});

describe("resetUserPassword", () => {
  it("sets the password, ends sessions and audits without the hash", async () => {
    const user = await seedUser(db);
    await resetUserPassword(db, testActor(), { id: user.id, password: "A-brand-new-password" });
    const updated = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      omit: { passwordHash: false },
    });
    expect(await verifyPassword(updated.passwordHash, "A-brand-new-password")).toBe(true);
    expect(updated.sessionVersion).toBe(user.sessionVersion + 1);
    const [entry] = await auditFor(user.id);
    expect(entry?.action).toBe("user.password.reset");
    expect(serialize(entry)).not.toMatch(/argon2|A-brand-new-password/);
  });
});

describe("updateOwnPreferences", () => {
  it("updates the actor's own locale and time zone, audited with the actor as themselves", async () => {
    const user = await seedUser(db, { locale: "en" });
    await updateOwnPreferences(db, testActor(user.id), { locale: "pt-BR", timeZone: "Europe/Lisbon" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      locale: "pt_BR",
      timeZone: "Europe/Lisbon",
      sessionVersion: user.sessionVersion,
    });
    const [entry] = await auditFor(user.id);
    expect(entry).toMatchObject({
      action: "user.preferences.update",
      actorId: user.id,
      before: { locale: "en", timeZone: "UTC" },
      after: { locale: "pt_BR", timeZone: "Europe/Lisbon" },
    });
  });
});
