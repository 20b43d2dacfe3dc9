import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import { recordResourceSample } from "./record";

const MINUTE = 60_000;

describe("recordResourceSample", () => {
  it("stores every reading and fires cpu-critical once, with a valid payload, after 10 minutes over 90 %", async () => {
    const db = testDb();
    const host = `host-${randomUUID().slice(0, 8)}`;
    const start = Date.UTC(2026, 11, 2, 9, 0);
    const fired: string[][] = [];
    for (let minute = 0; minute <= 12; minute += 1) {
      const result = await recordResourceSample(
        db,
        {
          cpuPercent: 96.5,
          memoryPercent: 40,
          diskFreePercent: 60,
          diskFreeBytes: 60 * 1024 ** 3,
          diskTotalBytes: 100 * 1024 ** 3,
          volume: "/var/lib/herald",
        },
        { host, at: new Date(start + minute * MINUTE), detailsUrl: "http://localhost:3000/system/resources" },
      );
      fired.push(result.fired.map((f) => f.key));
    }
    expect(fired.flat()).toEqual(["monitoring.cpu-critical"]);
    expect(fired[10]).toEqual(["monitoring.cpu-critical"]);

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
