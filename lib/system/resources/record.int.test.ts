// Everything that reads or writes the one set of thresholds and their rule states lives in this file:
// both are global (not per test), so these tests must run one after another, never beside each other.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_THRESHOLDS } from "@/lib/system/thresholds/rules";
import { session, signIn } from "@/tests/actions";
import { testDb } from "@/tests/db";
import type { ResourceReading } from "./probe";
import { recordResourceSample } from "./record";

// Only the session, the request headers and Next's cache are faked: the action wrapper, the schema,
// the audited write and the sampler reading the saved thresholds are real.
vi.mock("@/lib/auth/viewer", async () => (await import("@/tests/actions")).viewerModule);
vi.mock("next/headers", async () => (await import("@/tests/actions")).headersModule);
vi.mock("next/cache", async () => (await import("@/tests/actions")).cacheModule);

const { updateThresholdsAction } = await import("@/lib/system/thresholds/actions");

const MINUTE = 60_000;
const db = testDb();

function thresholdsForm(changes: Partial<Record<keyof typeof DEFAULT_THRESHOLDS, number>> = {}) {
  const form = new FormData();
  for (const [key, value] of Object.entries({ ...DEFAULT_THRESHOLDS, ...changes }))
    form.set(key, String(value));
  return form;
}

const reading = (cpuPercent: number): ResourceReading => ({
  cpuPercent,
  memoryPercent: 40,
  diskFreePercent: 60,
  diskFreeBytes: 60 * 1024 ** 3,
  diskTotalBytes: 100 * 1024 ** 3,
  volume: "/var/lib/herald",
});

/** Feeds one reading a minute from `from` to `to` (inclusive) and answers the keys fired at each minute. */
async function sample(host: string, start: number, from: number, to: number, cpuPercent: number) {
  const fired: [number, string][] = [];
  for (let minute = from; minute <= to; minute += 1) {
    const result = await recordResourceSample(db, reading(cpuPercent), {
      host,
      at: new Date(start + minute * MINUTE),
      detailsUrl: "http://localhost:3000/system/resources",
    });
    for (const alert of result.fired) fired.push([minute, alert.key]);
  }
  return fired;
}

beforeEach(async () => {
  await db.thresholdState.deleteMany();
  await db.resourceThresholds.deleteMany();
  session.viewer = null;
});

describe("recordResourceSample", () => {
  it("stores every reading and fires cpu-critical once, with a valid payload, after 10 minutes over 90 %", async () => {
    const host = `host-${randomUUID().slice(0, 8)}`;
    const start = Date.UTC(2026, 11, 2, 9, 0);
    const fired = await sample(host, start, 0, 12, 96.5);
    expect(fired).toEqual([[10, "monitoring.cpu-critical"]]);

    expect(await db.resourceSample.count({ where: { host } })).toBe(13);
    const events = await db.event.findMany({
      where: { typeKey: "monitoring.cpu-critical", origin: "SYSTEM" },
      select: { payload: true },
    });
    const mine = events.filter((e) => (e.payload as { host?: { name?: string } }).host?.name === host);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.payload).toMatchObject({ usage: 96.5, threshold: 90, sustainedFor: 600 });
    expect(
      await db.thresholdState.findUnique({ where: { ruleKey: "monitoring.cpu-critical" } }),
    ).toMatchObject({
      fired: true,
    });
  });
});

describe("editable thresholds", () => {
  it("an admin's change applies from the next sample: a shorter sustain time fires what the defaults would not yet", async () => {
    const host = `host-${randomUUID().slice(0, 8)}`;
    const start = Date.UTC(2026, 11, 3, 9, 0);
    // 75 % for 5 minutes: over the default High (70 %) but short of its 10 minutes.
    expect(await sample(host, start, 0, 4, 75)).toEqual([]);

    const admin = await signIn("ADMIN");
    expect(await updateThresholdsAction({}, thresholdsForm({ cpuHigh: 72, cpuSustainMinutes: 3 }))).toEqual({
      ok: true,
    });
    // The condition has held since minute 0, so the very next sample fires, with the new level.
    expect(await sample(host, start, 5, 8, 75)).toEqual([[5, "monitoring.cpu-high"]]);
    const event = await db.event.findFirstOrThrow({
      where: { typeKey: "monitoring.cpu-high", occurredAt: new Date(start + 5 * MINUTE) },
      select: { payload: true },
    });
    expect(event.payload).toMatchObject({ threshold: 72, sustainedFor: 300, host: { name: host } });

    expect(await db.resourceThresholds.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      cpuHigh: 72,
      cpuSustainMinutes: 3,
      updatedById: admin.id,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "resource-thresholds.update", actorId: admin.id },
    });
    expect(audit).toMatchObject({
      targetType: "resource-thresholds",
      before: DEFAULT_THRESHOLDS,
      after: { ...DEFAULT_THRESHOLDS, cpuHigh: 72, cpuSustainMinutes: 3 },
    });
  });

  it("a raised level stops a reading from firing that the defaults would have fired", async () => {
    const host = `host-${randomUUID().slice(0, 8)}`;
    const start = Date.UTC(2026, 11, 4, 9, 0);
    await signIn("ADMIN");
    expect(await updateThresholdsAction({}, thresholdsForm({ cpuCritical: 97 }))).toEqual({ ok: true });
    // 96.5 % for 12 minutes fires Critical with the defaults (the test above); with 97 % only High.
    expect(await sample(host, start, 0, 12, 96.5)).toEqual([[10, "monitoring.cpu-high"]]);
  });

  it("refuses an auditor, and refuses invalid or out-of-order levels without writing anything", async () => {
    await signIn("AUDITOR");
    await expect(updateThresholdsAction({}, thresholdsForm({ cpuHigh: 50 }))).rejects.toThrow("403");

    await signIn("ADMIN");
    const state = await updateThresholdsAction(
      {},
      thresholdsForm({ cpuHigh: 95, memorySustainMinutes: 0, diskLow: 101, hysteresisPoints: 30 }),
    );
    expect(state).toEqual({
      message: "checkFields",
      errors: {
        cpuCritical: ["criticalAboveHigh"],
        memorySustainMinutes: ["durationRange"],
        diskLow: ["percentRange"],
        hysteresisPoints: ["hysteresisRange"],
      },
    });
    expect(await db.resourceThresholds.count()).toBe(0);
    expect(
      await db.auditLog.count({
        where: { action: "resource-thresholds.update", actorId: session.viewer!.id },
      }),
    ).toBe(0);
  });

  it("PostgreSQL refuses out-of-order levels written around the schema (CHECK constraints)", async () => {
    await expect(
      db.resourceThresholds.create({ data: { id: 1, diskLow: 10, diskMedium: 20, diskHigh: 5 } }),
    ).rejects.toThrow(/ResourceThresholds_levels/);
    await expect(db.resourceThresholds.create({ data: { id: 2 } })).rejects.toThrow(
      /ResourceThresholds_single_row/,
    );
  });
});
