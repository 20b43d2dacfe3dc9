import { describe, expect, it } from "vitest";
import { samplePayloads } from "@/lib/templates/payloads";
import { reportPeriod } from "@/lib/dispatch/jobs/reports";
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
      from: new Date("2026-12-01T00:00:00Z"),
      to: new Date("2026-12-02T00:00:00Z"),
    });
  });
});
