import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createGroup, createUser as seedUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { getUserAuditEntries, getUserDetail, listUsers, USERS_PAGE_SIZE } from "./queries";
import { userListParamsSchema } from "./schemas";
import { disableUser } from "./set-user-status";

const db = testDb();
const admin = { role: "ADMIN" as const };
const params = (input: Record<string, unknown>) => userListParamsSchema.parse(input);

describe("listUsers", () => {
  it("searches name and e-mail case-insensitively, and filters by role and status", async () => {
    const tag = randomUUID().slice(0, 8);
    const alice = await seedUser(db, { name: `Alice ${tag}`, role: "AUDITOR" });
    const bob = await seedUser(db, { name: "Bob", email: `bob-${tag}@example.test` });
    const carol = await seedUser(db, { name: `Carol ${tag}`, disabled: true });

    const ids = async (input: Record<string, unknown>) =>
      (await listUsers(admin, params(input), db)).rows.map((row) => row.id);
    expect(await ids({ q: tag.toUpperCase() })).toEqual([alice.id, bob.id, carol.id]); // by name
    expect(await ids({ q: `BOB-${tag}` })).toEqual([bob.id]); // e-mail only
    expect(await ids({ q: tag, role: "AUDITOR" })).toEqual([alice.id]);
    expect(await ids({ q: tag, status: "disabled" })).toEqual([carol.id]);
    expect(await ids({ q: tag, status: "active" })).toEqual([alice.id, bob.id]);
  });

  it("sorts by name or creation date and paginates by 25", async () => {
    const tag = randomUUID().slice(0, 8);
    const created = [];
    for (let index = 0; index < USERS_PAGE_SIZE + 2; index++) {
      created.push(await seedUser(db, { name: `Paged ${tag} ${String(50 - index).padStart(2, "0")}` }));
    }
    const first = await listUsers(admin, params({ q: tag }), db);
    expect(first.total).toBe(USERS_PAGE_SIZE + 2);
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(USERS_PAGE_SIZE);
    expect(first.rows[0]?.id).toBe(created.at(-1)?.id); // "… 24", created last, sorts first by name

    const second = await listUsers(admin, params({ q: tag, page: "2" }), db);
    expect(second.rows.map((row) => row.id)).toEqual([created[1]?.id, created[0]?.id]);

    const newest = await listUsers(admin, params({ q: tag, sort: "created", dir: "desc" }), db);
    expect(newest.rows[0]?.id).toBe(created.at(-1)?.id);
    const oldest = await listUsers(admin, params({ q: tag, sort: "created", dir: "asc" }), db);
    expect(oldest.rows[0]?.id).toBe(created[0]?.id);
  });

  it("lets an auditor read the same page an admin reads, and refuses a USER with FORBIDDEN", async () => {
    const tag = randomUUID().slice(0, 8);
    const user = await seedUser(db, { name: `Readable ${tag}` });
    const asAuditor = await listUsers({ role: "AUDITOR" }, params({ q: tag }), db);
    expect(asAuditor).toEqual(await listUsers(admin, params({ q: tag }), db));
    expect(asAuditor.rows.map((row) => row.id)).toEqual([user.id]);
    expect(asAuditor.rows[0]).not.toHaveProperty("passwordHash");
    await expect(listUsers({ role: "USER" }, params({ q: tag }), db)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("userListParamsSchema", () => {
  it("falls back to defaults for malformed params", () => {
    expect(params({ role: "ROOT", status: "x", sort: "evil", dir: "up", page: "-3" })).toEqual({
      q: "",
      role: undefined,
      status: undefined,
      sort: "name",
      dir: "asc",
      page: 1,
    });
  });
});

describe("getUserDetail and getUserAuditEntries", () => {
  it("returns the user's groups and the latest audit entries about them", async () => {
    const user = await seedUser(db);
    const group = await createGroup(db, undefined, [user.id]);
    await disableUser(db, testActor(), user.id);

    const detail = await getUserDetail(admin, { id: user.id }, db);
    expect(detail?.memberships.map((membership) => membership.group.id)).toEqual([group.id]);
    expect(detail).not.toHaveProperty("passwordHash");

    const entries = await getUserAuditEntries(admin, { userId: user.id }, db);
    expect(entries.map((entry) => entry.action)).toEqual(["user.disable"]);
    expect(typeof entries[0]?.id).toBe("string");
  });

  it("answers null for an unknown or malformed id instead of failing", async () => {
    expect(await getUserDetail(admin, { id: randomUUID() }, db)).toBeNull();
    expect(await getUserDetail(admin, { id: "not-a-uuid" }, db)).toBeNull();
    expect(await getUserAuditEntries(admin, { userId: "not-a-uuid" }, db)).toEqual([]);
  });

  it("shows an auditor the same detail and entries, and refuses a USER (even about themselves)", async () => {
    const user = await seedUser(db);
    await disableUser(db, testActor(), user.id);
    const auditor = { role: "AUDITOR" as const };
    expect(await getUserDetail(auditor, { id: user.id }, db)).toEqual(
      await getUserDetail(admin, { id: user.id }, db),
    );
    const entries = await getUserAuditEntries(auditor, { userId: user.id }, db);
    expect(entries.map((entry) => entry.action)).toEqual(["user.disable"]);
    const self = { id: user.id, role: "USER" as const };
    await expect(getUserDetail(self, { id: user.id }, db)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getUserAuditEntries(self, { userId: user.id }, db)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
