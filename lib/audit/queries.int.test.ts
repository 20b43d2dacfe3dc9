import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import {
  AUDIT_PAGE_SIZE,
  auditEntriesFor,
  auditFilterOptions,
  listAuditEntries,
  parseAuditSearchParams,
  startOfDay,
} from "./queries";
import { recordAudit } from "./record";

const admin = { role: "ADMIN" as const, timeZone: "UTC" };

/** Writes entries with a fresh action prefix, so filters find only this test's rows. */
async function seed(count: number, spec: { targetType?: string; targetId?: string; actor?: string } = {}) {
  const prefix = `test-${randomUUID().slice(0, 8)}`;
  const db = testDb();
  for (let i = 0; i < count; i += 1) {
    await db.$transaction((tx) =>
      recordAudit(
        tx,
        { ...testActor(), label: spec.actor ?? "integration test" },
        {
          action: `${prefix}.step${i % 2}`,
          targetType: spec.targetType ?? prefix,
          targetId: spec.targetId ?? String(i),
          before: { name: "old", same: 1 },
          after: { name: `new ${i}`, same: 1 },
        },
      ),
    );
  }
  return prefix;
}

describe("listAuditEntries", () => {
  it("pages newest first, 50 a page", async () => {
    const prefix = await seed(AUDIT_PAGE_SIZE + 3);
    const first = await listAuditEntries(admin, { action: prefix }, 1);
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 3, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.entries[0]!.targetId).toBe(String(AUDIT_PAGE_SIZE + 2));
    const second = await listAuditEntries(admin, { action: prefix }, 2);
    expect(second.entries.map((entry) => entry.targetId)).toEqual(["2", "1", "0"]);
    expect(typeof second.entries[0]!.id).toBe("string");
    // Past the end: the last page.
    expect((await listAuditEntries(admin, { action: prefix }, 9)).page).toBe(2);
  });

  it("filters by actor (case-insensitive), action prefix, target type and id, and date range", async () => {
    const actor = `Auditor ${randomUUID().slice(0, 8)}`;
    const prefix = await seed(4, { actor, targetType: "widget" });
    expect((await listAuditEntries(admin, { actor: actor.toUpperCase() }, 1)).total).toBe(4);
    expect((await listAuditEntries(admin, { action: `${prefix}.step1` }, 1)).total).toBe(2);
    expect(
      (await listAuditEntries(admin, { action: prefix, targetType: "widget", targetId: "3" }, 1)).total,
    ).toBe(1);
    expect((await listAuditEntries(admin, { action: prefix, targetType: "gadget" }, 1)).total).toBe(0);

    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEntries(admin, { action: prefix, from: today, to: today }, 1)).total).toBe(4);
    expect((await listAuditEntries(admin, { action: prefix, to: "2000-01-01" }, 1)).total).toBe(0);
  });

  it("is for administrators and auditors only", async () => {
    await expect(listAuditEntries({ role: "AUDITOR", timeZone: "UTC" }, {}, 1)).resolves.toBeDefined();
    await expect(listAuditEntries({ role: "USER", timeZone: "UTC" }, {}, 1)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("auditEntriesFor", () => {
  it("returns one target's latest entries", async () => {
    const user = await createUser(testDb());
    await seed(3, { targetType: "user", targetId: user.id });
    const entries = await auditEntriesFor("user", user.id, 2);
    expect(entries).toHaveLength(2);
    expect(entries.every((entry) => entry.targetId === user.id)).toBe(true);
    expect(entries[0]!.after).toEqual({ name: "new 2", same: 1 });
  });
});

describe("auditFilterOptions", () => {
  it("lists the distinct target types and actions", async () => {
    const prefix = await seed(2);
    const options = await auditFilterOptions(admin);
    expect(options.targetTypes).toContain(prefix);
    expect(options.actions).toEqual(expect.arrayContaining([`${prefix}.step0`, `${prefix}.step1`]));
    expect(new Set(options.actions).size).toBe(options.actions.length);
  });
});

describe("search params and days", () => {
  it("keeps readable filters and drops the rest", () => {
    expect(
      parseAuditSearchParams({
        actor: "  ana ",
        action: "",
        from: "2026-02-30",
        to: "2026-03-01",
        page: "3",
      }),
    ).toEqual({
      filters: {
        actor: "ana",
        action: undefined,
        targetType: undefined,
        targetId: undefined,
        from: undefined,
        to: "2026-03-01",
      },
      page: 3,
    });
    expect(parseAuditSearchParams({ page: "-2" }).page).toBe(1);
    expect(parseAuditSearchParams({ page: "abc", actor: ["a", "b"] })).toMatchObject({
      page: 1,
      filters: { actor: "a" },
    });
  });

  it("starts a day at midnight in the viewer's time zone", () => {
    expect(startOfDay("2026-01-15", "UTC").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfDay("2026-01-15", "America/Sao_Paulo").toISOString()).toBe("2026-01-15T03:00:00.000Z");
    expect(startOfDay("2026-07-01", "Europe/London").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(startOfDay("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDay("2026-01-15", "Not/AZone").toISOString()).toBe("2026-01-15T00:00:00.000Z");
  });
});
