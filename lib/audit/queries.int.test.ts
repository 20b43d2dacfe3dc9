import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testActor, testDb } from "@/tests/db";
import { decodeAuditCursor, encodeAuditCursor } from "./cursor";
import {
  AUDIT_PAGE_SIZE,
  auditEntryIdSchema,
  auditFilterOptions,
  getAuditEntry,
  listAuditEntries,
  parseAuditSearchParams,
  startOfDay,
  type AuditFilters,
  type AuditPage,
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

/** Every page of a filtered log, following the "older" links from the newest page. */
async function walkOlder(filters: AuditFilters) {
  const pages: AuditPage[] = [await listAuditEntries(admin, { filters })];
  while (pages.at(-1)!.older) {
    const cursor = decodeAuditCursor(pages.at(-1)!.older!);
    pages.push(await listAuditEntries(admin, { filters, cursor }));
  }
  return pages;
}

describe("listAuditEntries", () => {
  it("pages newest first, 50 a page, with links to the neighbouring pages only", async () => {
    const prefix = await seed(AUDIT_PAGE_SIZE + 3);
    const [first, second, ...rest] = await walkOlder({ action: prefix });
    expect(rest).toEqual([]);
    expect(first!.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first!.entries[0]!.targetId).toBe(String(AUDIT_PAGE_SIZE + 2));
    expect(first!.newer).toBeNull();
    expect(second!.entries.map((entry) => entry.targetId)).toEqual(["2", "1", "0"]);
    expect(typeof second!.entries[0]!.id).toBe("string");
    expect(second!.older).toBeNull();
    // Back from the last page: fewer than a page is newer than its first entry, so it is the newest page.
    const back = await listAuditEntries(admin, {
      filters: { action: prefix },
      cursor: decodeAuditCursor(second!.newer!),
    });
    expect(back).toEqual(first);
  });

  it("returns every entry exactly once across pages, in order, also when many share a millisecond", async () => {
    const db = testDb();
    const prefix = `keyset-${randomUUID().slice(0, 8)}`;
    // 2.5 pages, written in runs of 7 with the same createdAt, so runs straddle page boundaries;
    // ids are allocated in a shuffled order relative to time, so id alone would order them wrongly.
    const base = Date.UTC(2026, 2, 1, 12, 34, 56, 789);
    const count = AUDIT_PAGE_SIZE * 2 + 25;
    const times = Array.from({ length: count }, (_, i) => new Date(base - Math.floor(i / 7) * 1000));
    const shuffled = times
      .map((time, i) => ({ time, i }))
      .sort((a, b) => ((a.i * 37) % count) - ((b.i * 37) % count));
    await db.auditLog.createMany({
      data: shuffled.map(({ time, i }) => ({
        actorLabel: "integration test",
        action: `${prefix}.row`,
        targetType: prefix,
        targetId: String(i),
        createdAt: time,
      })),
    });
    const expected = (
      await db.auditLog.findMany({
        where: { targetType: prefix },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).map((row) => row.id.toString());

    const pages = await walkOlder({ targetType: prefix });
    expect(pages.map((page) => page.entries.length)).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 25]);
    expect(pages.flatMap((page) => page.entries.map((entry) => entry.id))).toEqual(expected);

    // And back again through the "newer" links: the same pages, in reverse.
    const backwards = [pages.at(-1)!];
    while (backwards.at(-1)!.newer) {
      const cursor = decodeAuditCursor(backwards.at(-1)!.newer!);
      backwards.push(await listAuditEntries(admin, { filters: { targetType: prefix }, cursor }));
    }
    expect(backwards.map((page) => page.entries.map((entry) => entry.id))).toEqual(
      [...pages].reverse().map((page) => page.entries.map((entry) => entry.id)),
    );
  });

  it("filters by actor (case-insensitive), action prefix, target type and id, and date range", async () => {
    const actor = `Auditor ${randomUUID().slice(0, 8)}`;
    const prefix = await seed(4, { actor, targetType: "widget" });
    const found = async (filters: AuditFilters) =>
      (await listAuditEntries(admin, { filters })).entries.map((entry) => entry.targetId);
    expect(await found({ actor: actor.toUpperCase() })).toEqual(["3", "2", "1", "0"]);
    expect(await found({ action: `${prefix}.step1` })).toEqual(["3", "1"]);
    expect(await found({ action: prefix, targetType: "widget", targetId: "3" })).toEqual(["3"]);
    expect(await found({ action: prefix, targetType: "gadget" })).toEqual([]);

    const today = new Date().toISOString().slice(0, 10);
    expect(await found({ action: prefix, from: today, to: today })).toHaveLength(4);
    expect(await found({ action: prefix, to: "2000-01-01" })).toEqual([]);
  });

  it("keeps the filters when paging: a cursor never lets other entries in", async () => {
    const prefix = await seed(AUDIT_PAGE_SIZE * 2 + 2);
    await seed(3);
    const pages = await walkOlder({ action: `${prefix}.step0` });
    expect(pages).toHaveLength(2);
    const entries = pages.flatMap((page) => page.entries);
    expect(entries).toHaveLength(AUDIT_PAGE_SIZE + 1);
    expect(entries.every((entry) => entry.action === `${prefix}.step0`)).toBe(true);
  });

  it("is for administrators and auditors only", async () => {
    const prefix = await seed(1);
    const page = await listAuditEntries(
      { role: "AUDITOR", timeZone: "UTC" },
      { filters: { action: prefix } },
    );
    expect(page.entries.map((entry) => entry.action)).toEqual([`${prefix}.step0`]);
    await expect(listAuditEntries({ role: "USER", timeZone: "UTC" }, { filters: {} })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("getAuditEntry", () => {
  it("gives the entry in full, which a page of the log leaves out (before and after)", async () => {
    const prefix = await seed(1);
    const [listed] = (await listAuditEntries(admin, { filters: { action: prefix } })).entries;
    expect(listed).not.toHaveProperty("before");
    expect(listed).not.toHaveProperty("after");
    const entry = await getAuditEntry({ role: "AUDITOR" }, BigInt(listed!.id));
    expect(entry).toMatchObject({
      id: listed!.id,
      action: `${prefix}.step0`,
      createdAt: listed!.createdAt.toISOString(),
      before: { name: "old", same: 1 },
      after: { name: "new 0", same: 1 },
    });
  });

  it("is for administrators and auditors only, and NOT_FOUND for an id without an entry", async () => {
    await expect(getAuditEntry({ role: "USER" }, 1n)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getAuditEntry(admin, 9_223_372_036_854_775_807n)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("takes ids as the log writes them: positive decimal bigints, nothing else", () => {
    expect(auditEntryIdSchema.parse("42")).toBe(42n);
    expect(auditEntryIdSchema.parse("9223372036854775807")).toBe(9_223_372_036_854_775_807n);
    for (const bad of ["0", "-1", "01", "1e3", "0x10", " 1", "9223372036854775808", "1".repeat(20)]) {
      expect(auditEntryIdSchema.safeParse(bad).success, bad).toBe(false);
    }
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
    const cursor = encodeAuditCursor({ direction: "older", createdAt: new Date(1_780_000_000_123), id: 42n });
    expect(
      parseAuditSearchParams({
        actor: "  ana ",
        action: "",
        from: "2026-02-30",
        to: "2026-03-01",
        cursor,
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
      cursor: { direction: "older", createdAt: new Date(1_780_000_000_123), id: 42n },
      invalidCursor: false,
      invalid: [],
    });
    expect(parseAuditSearchParams({ actor: ["a", "b"] })).toMatchObject({
      filters: { actor: "a" },
      cursor: null,
      invalidCursor: false,
    });
  });

  it("drops filters with NUL or other control characters, and says which", async () => {
    const search = parseAuditSearchParams({ actor: "a\u0000b", action: "user.create", targetId: "\u001b" });
    expect(search).toMatchObject({ filters: { action: "user.create" }, invalid: ["actor", "targetId"] });
    expect(search.filters.actor).toBeUndefined();
    expect(search.filters.targetId).toBeUndefined();
    // What is left reaches PostgreSQL without an error, and filters as asked.
    const page = await listAuditEntries(admin, { filters: search.filters });
    expect(page.entries.every((entry) => entry.action === "user.create")).toBe(true);
  });

  it("ignores a cursor that is not one of ours, and says so", () => {
    for (const bad of ["%00", "abc", "' OR 1=1 --", "x".repeat(500), encodeURIComponent("o.1.1;")]) {
      expect(parseAuditSearchParams({ cursor: bad })).toMatchObject({ cursor: null, invalidCursor: true });
    }
  });

  it("starts a day at midnight in the viewer's time zone", () => {
    expect(startOfDay("2026-01-15", "UTC").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfDay("2026-01-15", "America/Sao_Paulo").toISOString()).toBe("2026-01-15T03:00:00.000Z");
    expect(startOfDay("2026-07-01", "Europe/London").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(startOfDay("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDay("2026-01-15", "Not/AZone").toISOString()).toBe("2026-01-15T00:00:00.000Z");
  });
});
