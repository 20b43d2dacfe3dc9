import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import { getResources } from "./queries";

describe("getResources", () => {
  it("averages recent samples into buckets and lists the seven default thresholds", async () => {
    const db = testDb();
    const minute = Math.floor(Date.now() / 60_000) * 60_000 - 60_000;
    const base = {
      host: "chart-host",
      diskFreeBytes: 5n,
      diskTotalBytes: 10n,
      volume: "/data",
      diskFreePercent: 50,
    };
    await db.resourceSample.createMany({
      data: [
        { ...base, at: new Date(minute), cpuPercent: 20, memoryPercent: 30 },
        { ...base, at: new Date(minute + 20_000), cpuPercent: 40, memoryPercent: 50 },
      ],
    });
    const overview = await getResources({ role: "AUDITOR" }, { hours: 1 }, db);
    expect(overview.bucketSeconds).toBe(60);
    expect(overview.points).toContainEqual({
      at: new Date(minute).toISOString(),
      cpu: 30,
      memory: 40,
      diskFree: 50,
    });
    expect(overview.latest).not.toBeNull();
    expect(overview.thresholds.map((rule) => rule.key)).toHaveLength(7);
  });

  it("refuses a plain user and a key without system:read", async () => {
    await expect(getResources({ role: "USER" }, { hours: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getResources({ scopes: [] }, { hours: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
