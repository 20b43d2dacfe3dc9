import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createGroup as seedGroup, createUser as seedUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { addGroupMembers, removeGroupMember } from "./members";
import { getGroup, listGroupMembers, listGroups, searchMemberCandidates } from "./queries";
import { createGroup, deleteGroup, updateGroup } from "./service";

const db = testDb();
const admin = { role: "ADMIN" as const };
const uniqueName = (label = "Group") => `${label} ${randomUUID().slice(0, 8)}`;

async function auditFor(groupId: string) {
  return db.auditLog.findMany({ where: { targetType: "group", targetId: groupId }, orderBy: { id: "asc" } });
}

describe("createGroup / updateGroup", () => {
  it("creates and edits a group, auditing each change", async () => {
    const name = uniqueName();
    const group = await createGroup(db, testActor(), { name, description: "On-call SOC" });
    const renamed = uniqueName("Renamed");
    expect(
      await updateGroup(db, testActor(), { id: group.id, name: renamed, description: "On-call SOC" }),
    ).toEqual({
      changed: ["name"],
    });
    expect(
      await updateGroup(db, testActor(), { id: group.id, name: renamed, description: "On-call SOC" }),
    ).toEqual({
      changed: [],
    });

    const entries = await auditFor(group.id);
    expect(entries.map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      ["group.create", null, { name, description: "On-call SOC" }],
      ["group.update", { name }, { name: renamed }],
    ]);
  });

  it("refuses a taken name, whatever its case, with nameTaken and writes nothing", async () => {
    const existing = await seedGroup(db, uniqueName("Taken"));
    await expect(
      createGroup(db, testActor(), { name: existing.name.toUpperCase(), description: "" }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { name: ["nameTaken"] } });
    expect(await db.group.count({ where: { name: existing.name.toUpperCase() } })).toBe(0);

    const other = await seedGroup(db);
    await expect(
      updateGroup(db, testActor(), { id: other.id, name: existing.name, description: "" }),
    ).rejects.toMatchObject({ details: { name: ["nameTaken"] } });
    expect(await auditFor(other.id)).toHaveLength(0);
  });

  it("lets one of two concurrent creations of the same name in other case win; the other gets nameTaken", async () => {
    const name = uniqueName("Race");
    const results = await Promise.allSettled([
      createGroup(db, testActor(), { name, description: "" }),
      createGroup(db, testActor(), { name: name.toUpperCase(), description: "" }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "CONFLICT", details: { name: ["nameTaken"] } });
    expect(await db.group.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
  });
});

describe("members", () => {
  it("adds members (skipping those already in), removes them, and audits each", async () => {
    const [ana, bia, caio] = [await seedUser(db), await seedUser(db), await seedUser(db)];
    const group = await seedGroup(db, undefined, [ana.id]);

    expect(
      await addGroupMembers(db, testActor(), { groupId: group.id, userIds: [ana.id, bia.id, caio.id] }),
    ).toEqual({
      added: 2,
    });
    expect(await removeGroupMember(db, testActor(), { groupId: group.id, userId: bia.id })).toEqual({
      removed: true,
    });
    expect(await removeGroupMember(db, testActor(), { groupId: group.id, userId: bia.id })).toEqual({
      removed: false,
    });

    const members = await listGroupMembers(admin, { groupId: group.id, page: 1 }, db);
    expect(members.rows.map((row) => row.user.id).sort()).toEqual([ana.id, caio.id].sort());

    const entries = await auditFor(group.id);
    expect(entries.map((entry) => entry.action)).toEqual([
      "group.member.add",
      "group.member.add",
      "group.member.remove",
    ]);
    expect(entries[2]?.before).toMatchObject({ userId: bia.id, email: bia.email });
  });

  it("refuses unknown users or groups and writes nothing", async () => {
    const user = await seedUser(db);
    const group = await seedGroup(db);
    await expect(
      addGroupMembers(db, testActor(), { groupId: group.id, userIds: [user.id, randomUUID()] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      addGroupMembers(db, testActor(), { groupId: randomUUID(), userIds: [user.id] }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.groupMember.count({ where: { groupId: group.id } })).toBe(0);
    expect(await auditFor(group.id)).toHaveLength(0);
  });

  it("finds active candidates by name or e-mail and flags current members", async () => {
    const tag = randomUUID().slice(0, 8);
    const member = await seedUser(db, { name: `Member ${tag}` });
    const outsider = await seedUser(db, { email: `outsider-${tag}@example.test` });
    await seedUser(db, { name: `Disabled ${tag}`, disabled: true });
    const group = await seedGroup(db, undefined, [member.id]);

    const found = await searchMemberCandidates(admin, { groupId: group.id, q: tag.toUpperCase() }, db);
    expect(found.map((user) => [user.id, user.isMember]).sort()).toEqual(
      [
        [member.id, true],
        [outsider.id, false],
      ].sort(),
    );
  });
});

describe("deleteGroup", () => {
  it("deletes the group and its memberships, keeping the member list in the audit entry", async () => {
    const [ana, bia] = [await seedUser(db), await seedUser(db)];
    const group = await seedGroup(db, uniqueName(), [ana.id, bia.id]);
    await deleteGroup(db, testActor(), group.id);

    expect(await db.group.findUnique({ where: { id: group.id } })).toBeNull();
    expect(await db.groupMember.count({ where: { groupId: group.id } })).toBe(0);
    expect(await db.user.count({ where: { id: { in: [ana.id, bia.id] } } })).toBe(2);

    const [entry] = await auditFor(group.id);
    expect(entry?.action).toBe("group.delete");
    const before = entry?.before as { name: string; members: { id: string }[] };
    expect(before.name).toBe(group.name);
    expect(before.members.map((member) => member.id).sort()).toEqual([ana.id, bia.id].sort());
  });

  it("answers NOT_FOUND for an unknown group", async () => {
    await expect(deleteGroup(db, testActor(), randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listGroups / getGroup", () => {
  it("searches by name case-insensitively with member counts, for staff only", async () => {
    const tag = randomUUID().slice(0, 8);
    const user = await seedUser(db);
    const group = await seedGroup(db, `Searchable ${tag}`, [user.id]);
    const { rows, total } = await listGroups(admin, { q: tag.toUpperCase(), page: 1 }, db);
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ id: group.id, _count: { members: 1, subscriptions: 0 } });
    expect(await getGroup({ role: "AUDITOR" }, { id: "nope" }, db)).toBeNull();
    await expect(listGroups({ role: "USER" }, { q: "", page: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
