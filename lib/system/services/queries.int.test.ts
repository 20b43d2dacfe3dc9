import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import { startHeartbeat } from "./heartbeat";
import { getServicesOverview } from "./queries";

const admin = { id: "00000000-0000-7000-8000-000000000001", role: "ADMIN" as const };

describe("getServicesOverview", () => {
  it("shows a beating instance ACTIVE, the database with its version, and the queue", async () => {
    const db = testDb();
    const heartbeat = startHeartbeat({ db, kind: "WORKER", detail: () => ({ claimed: 7 }) });
    await heartbeat.beat();
    const overview = await getServicesOverview(admin, {}, db);
    const mine = overview.rows.find((row) => row.id === heartbeat.id);
    expect(mine).toMatchObject({ kind: "WORKER", state: "ACTIVE", detail: { claimed: 7 } });
    const database = overview.rows.find((row) => row.kind === "DATABASE");
    expect(database).toMatchObject({ state: "ACTIVE", detail: { version: expect.stringMatching(/^\d+/) } });
    expect(Number(database?.detail.connections)).toBeGreaterThan(0);
    expect(overview.queue.due).toBeGreaterThanOrEqual(0);
    expect(overview.controls.map((control) => control.kind)).toEqual(["WORKER", "SCHEDULER"]);

    await heartbeat.stop();
    const after = await getServicesOverview(admin, {}, db);
    expect(after.rows.find((row) => row.id === heartbeat.id)?.state).toBe("INACTIVE");
  });

  it("lets an auditor and a system:read key read, and refuses a user or another scope", async () => {
    const db = testDb();
    await expect(getServicesOverview({ role: "AUDITOR" }, {}, db)).resolves.toMatchObject({
      rows: expect.any(Array),
    });
    await expect(getServicesOverview({ scopes: ["system:read"] }, {}, db)).resolves.toMatchObject({
      rows: expect.any(Array),
    });
    await expect(getServicesOverview({ role: "USER" }, {}, db)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getServicesOverview({ scopes: ["catalog:read"] }, {}, db)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
