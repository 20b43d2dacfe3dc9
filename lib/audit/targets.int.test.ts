import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { listAuditEntries } from "./queries";
import { recordAudit } from "./record";

const admin = { role: "ADMIN" as const, timeZone: "UTC" };

describe("audit log targets", () => {
  it("names each target with a link, says which were deleted, in one query for the whole page", async () => {
    const db = testDb();
    const suffix = randomUUID().slice(0, 8);
    const user = await createUser(db, { name: `Ana ${suffix}`, email: `ana-${suffix}@example.test` });
    const group = await createGroup(db, `SOC ${suffix}`);
    const contact = await db.contact.create({
      data: { name: `Vendor ${suffix}`, email: `vendor-${suffix}@example.test` },
      select: { id: true },
    });
    const device = await db.device.create({
      data: { name: `vault-${suffix}`, host: "127.0.0.1", ports: [22] },
      select: { id: true },
    });
    const type = await db.notificationType.findFirstOrThrow({ select: { key: true, name: true } });
    const goneUser = randomUUID();
    const action = `targets-${suffix}`;
    const targets: [string, string | null][] = [
      ["user", user.id],
      ["group", group.id],
      ["contact", contact.id],
      ["device", device.id],
      ["notification-type", type.key],
      ["template-override", `${type.key}:pt-BR`],
      ["user", goneUser],
      ["user", "not-a-uuid"],
      ["mail-settings", null],
      ["suppression", "someone@example.test"],
    ];
    await db.$transaction(async (tx) => {
      for (const [targetType, targetId] of targets) {
        await recordAudit(tx, testActor(), { action: `${action}.${targetType}`, targetType, targetId });
      }
    });

    const queryRaw = vi.spyOn(db, "$queryRaw");
    const { entries } = await listAuditEntries(admin, { filters: { action } }, db);
    // The page's rows come from findMany; every target on it from one raw UNION query.
    expect(queryRaw).toHaveBeenCalledTimes(1);
    queryRaw.mockRestore();

    const byTarget = new Map(entries.map((entry) => [`${entry.targetType}:${entry.targetId}`, entry.target]));
    expect(byTarget.get(`user:${user.id}`)).toEqual({
      state: "found",
      name: `Ana ${suffix}`,
      href: `/users/${user.id}`,
    });
    expect(byTarget.get(`group:${group.id}`)).toEqual({
      state: "found",
      name: `SOC ${suffix}`,
      href: `/groups/${group.id}`,
    });
    expect(byTarget.get(`contact:${contact.id}`)).toEqual({
      state: "found",
      name: `Vendor ${suffix}`,
      href: `/contacts/${contact.id}`,
    });
    expect(byTarget.get(`device:${device.id}`)).toEqual({
      state: "found",
      name: `vault-${suffix}`,
      href: `/system/devices/${device.id}`,
    });
    expect(byTarget.get(`notification-type:${type.key}`)).toEqual({
      state: "found",
      name: type.name,
      typeKey: type.key,
      href: `/catalog/${encodeURIComponent(type.key)}`,
    });
    expect(byTarget.get(`template-override:${type.key}:pt-BR`)).toEqual({
      state: "found",
      name: type.name,
      typeKey: type.key,
      href: `/templates/${encodeURIComponent(type.key)}`,
    });
    expect(byTarget.get(`user:${goneUser}`)).toEqual({ state: "deleted" });
    expect(byTarget.get("user:not-a-uuid")).toEqual({ state: "deleted" });
    // Types without a table keep what was recorded, with no claim either way.
    expect(byTarget.get("mail-settings:null")).toBeUndefined();
    expect(byTarget.get("suppression:someone@example.test")).toBeUndefined();
  });

  it("asks nothing more when no entry on the page has a resolvable target", async () => {
    const db = testDb();
    const action = `targets-none-${randomUUID().slice(0, 8)}`;
    await db.$transaction((tx) =>
      recordAudit(tx, testActor(), { action, targetType: "mail-settings", targetId: null }),
    );
    const queryRaw = vi.spyOn(db, "$queryRaw");
    const { entries } = await listAuditEntries(admin, { filters: { action } }, db);
    expect(queryRaw).not.toHaveBeenCalled();
    queryRaw.mockRestore();
    expect(entries.map((entry) => entry.target)).toEqual([undefined]);
  });
});
