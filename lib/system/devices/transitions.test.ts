import { describe, expect, it } from "vitest";
import { applyCheck, initialConnectivity, type ConnectivityState } from "./transitions";

function run(checks: boolean[], threshold = 3) {
  let state: ConnectivityState = initialConnectivity;
  const transitions: [number, string][] = [];
  checks.forEach((ok, i) => {
    const result = applyCheck(state, { ok, at: new Date(Date.UTC(2026, 11, 2, 9, i)) }, threshold);
    state = result.state;
    if (result.transition) transitions.push([i, result.transition.kind]);
  });
  return transitions;
}

describe("applyCheck", () => {
  it("fires lost once when the failure run reaches the threshold, and restored once on the next success", () => {
    expect(run([true, false, false, false, false, false, true, true])).toEqual([
      [3, "lost"],
      [6, "restored"],
    ]);
  });

  it("fires nothing when a success breaks the run before the threshold", () => {
    expect(run([false, false, true, false, false, true])).toEqual([]);
  });

  it("fires again on a second loss after a restore", () => {
    expect(run([false, true, false], 1)).toEqual([
      [0, "lost"],
      [1, "restored"],
      [2, "lost"],
    ]);
  });

  it("carries the loss time into the restore", () => {
    let state = applyCheck(initialConnectivity, { ok: false, at: new Date(1000) }, 1).state;
    const result = applyCheck(state, { ok: true, at: new Date(5000) }, 1);
    state = result.state;
    expect(result.transition).toEqual({
      kind: "restored",
      lostAt: new Date(1000),
      restoredAt: new Date(5000),
    });
    expect(state).toEqual(initialConnectivity);
  });
});
