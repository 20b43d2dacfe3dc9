import { describe, expect, it } from "vitest";
import { HEARTBEAT_STALE_MS, instanceState } from "./status";

const now = new Date("2026-12-02T07:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("instanceState", () => {
  it("reads a fresh heartbeat as ACTIVE, up to the stale limit", () => {
    expect(instanceState({ lastHeartbeatAt: ago(0) }, now)).toBe("ACTIVE");
    expect(instanceState({ lastHeartbeatAt: ago(10_000) }, now)).toBe("ACTIVE");
    expect(instanceState({ lastHeartbeatAt: ago(HEARTBEAT_STALE_MS) }, now)).toBe("ACTIVE");
  });

  it("reads a heartbeat older than ~30 s as INACTIVE", () => {
    expect(instanceState({ lastHeartbeatAt: ago(HEARTBEAT_STALE_MS + 1) }, now)).toBe("INACTIVE");
    expect(instanceState({ lastHeartbeatAt: ago(3_600_000) }, now)).toBe("INACTIVE");
  });

  it("reads a cleanly stopped instance as INACTIVE even with a recent heartbeat", () => {
    expect(instanceState({ lastHeartbeatAt: ago(1_000), stoppedAt: ago(500) }, now)).toBe("INACTIVE");
  });

  it("reads DISABLED when the administrator switched the service off, whatever the heartbeat", () => {
    expect(instanceState({ lastHeartbeatAt: ago(0), disabled: true }, now)).toBe("DISABLED");
    expect(instanceState({ lastHeartbeatAt: ago(3_600_000), disabled: true }, now)).toBe("DISABLED");
    expect(instanceState({ lastHeartbeatAt: ago(0), disabled: false }, now)).toBe("ACTIVE");
  });
});
