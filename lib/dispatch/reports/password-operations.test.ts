import { describe, expect, it } from "vitest";
import { samplePayloads } from "@/lib/templates/payloads";
import { Cron } from "croner";
import { reportPeriod, reportsJob } from "@/lib/dispatch/jobs/reports";
import { slotOf } from "@/lib/dispatch/scheduler";
import { passwordOperationRow } from "./password-operations";

const at = new Date("2026-12-01T12:00:00Z");

describe("passwordOperationRow", () => {
  it("reads a manual password change as 'changed' by the person who did it", () => {
    const payload = samplePayloads["credentials.password-changed"];
    expect(passwordOperationRow("credentials.password-changed", payload, at)).toEqual({
      credential: payload.credential,
      operation: "changed",
      performedBy: payload.changedBy.name,
      at: payload.occurredAt,
    });
  });

  it("reads the Execution module's failures as 'change-failed' and its own name", () => {
    const payload = samplePayloads["password-operation.change-error"];
    expect(passwordOperationRow("password-operation.change-error", payload, at)).toMatchObject({
      operation: "change-failed",
      performedBy: "Execution module",
      at: payload.finishedAt,
    });
  });

  it("ignores types that are not password operations and payloads without a credential", () => {
    expect(
      passwordOperationRow("devices.connectivity-lost", samplePayloads["devices.connectivity-lost"], at),
    ).toBeNull();
    expect(passwordOperationRow("credentials.password-changed", { changedBy: { name: "x" } }, at)).toBeNull();
  });
});

describe("reportPeriod", () => {
  it("covers the whole UTC day before the slot", () => {
    expect(reportPeriod(new Date("2026-12-02T06:00:00Z"))).toEqual({
      day: "2026-12-01",
      from: new Date("2026-12-01T00:00:00Z"),
      to: new Date("2026-12-02T00:00:00Z"),
    });
  });

  it("covers the day before in the installation's zone, midnight to midnight there", () => {
    // 01:30 UTC on the 2nd is still the 1st in São Paulo (UTC-3): the day covered is the 30th.
    expect(reportPeriod(new Date("2026-12-02T01:30:00Z"), "America/Sao_Paulo")).toEqual({
      day: "2026-11-30",
      from: new Date("2026-11-30T03:00:00Z"),
      to: new Date("2026-12-01T03:00:00Z"),
    });
    // Lisbon's clocks go forward on 29 March 2026: that day has 23 hours.
    const spring = reportPeriod(new Date("2026-03-30T06:00:00Z"), "Europe/Lisbon");
    expect(spring).toEqual({
      day: "2026-03-29",
      from: new Date("2026-03-29T00:00:00Z"),
      to: new Date("2026-03-29T23:00:00Z"),
    });
  });
});

describe("reportsJob", () => {
  it("runs at the installation's wall-clock time in its zone", () => {
    expect(reportsJob(".")).toMatchObject({ pattern: "0 6 * * *", timeZone: "UTC", catchUp: true });
    const job = reportsJob(".", { at: "07:45", timeZone: "America/Sao_Paulo" });
    expect(job).toMatchObject({ pattern: "45 7 * * *", timeZone: "America/Sao_Paulo" });
    // The scheduler reads the pattern in the job's zone: 07:45 in São Paulo is 10:45 UTC.
    const cron = new Cron(job.pattern, { timezone: job.timeZone, paused: true });
    expect(cron.nextRun(new Date("2026-12-02T09:00:00Z"))).toEqual(new Date("2026-12-02T10:45:00Z"));
    expect(slotOf(cron, new Date("2026-12-02T10:45:00.004Z"))).toEqual(new Date("2026-12-02T10:45:00Z"));
  });
});
