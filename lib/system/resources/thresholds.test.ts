import { describe, expect, it } from "vitest";
import {
  DEFAULT_THRESHOLD_RULES,
  evaluateSample,
  HYSTERESIS_POINTS,
  MAX_SAMPLE_GAP_MS,
  type ResourceMetric,
  type RuleState,
} from "./thresholds";

const MINUTE = 60_000;
const start = Date.UTC(2026, 11, 2, 8, 0);

/** Feeds one reading per minute (minute m → value) and collects the alert keys, in order, with their minute. */
function run(metric: ResourceMetric, readings: [minute: number, value: number][]) {
  let states: Record<string, RuleState> = {};
  const alerts: [number, string][] = [];
  for (const [minute, value] of readings) {
    const result = evaluateSample(DEFAULT_THRESHOLD_RULES, states, {
      metric,
      value,
      at: new Date(start + minute * MINUTE),
    });
    states = result.states;
    if (result.alert) alerts.push([minute, result.alert.rule.key]);
  }
  return { alerts, states };
}

const minutes = (from: number, to: number, value: number): [number, number][] =>
  Array.from({ length: to - from + 1 }, (_, i) => [from + i, value]);

describe("CPU over 90 %", () => {
  it("fires nothing after 9 minutes", () => {
    expect(run("cpu", minutes(0, 9, 95)).alerts).toEqual([]);
  });

  it("fires Critical once at 10 minutes (not High as well) and nothing more while it stays high", () => {
    const { alerts } = run("cpu", minutes(0, 60, 95));
    expect(alerts).toEqual([[10, "monitoring.cpu-critical"]]);
  });

  it("reports how long the condition held", () => {
    let states: Record<string, RuleState> = {};
    let fired = null;
    for (const [minute, value] of minutes(0, 10, 95)) {
      const result = evaluateSample(DEFAULT_THRESHOLD_RULES, states, {
        metric: "cpu",
        value,
        at: new Date(start + minute * MINUTE),
      });
      states = result.states;
      fired = result.alert ?? fired;
    }
    expect(fired).toMatchObject({ value: 95, sustainedForMs: 10 * MINUTE, rule: { level: 90 } });
  });

  it("re-arms only after dropping below the level minus the hysteresis margin", () => {
    const { alerts } = run("cpu", [
      ...minutes(0, 10, 95), // fires at 10
      ...minutes(11, 12, 90 - HYSTERESIS_POINTS + 1), // inside the margin: still fired
      ...minutes(13, 30, 95), // high again for 17 min: nothing, not re-armed
      [31, 90 - HYSTERESIS_POINTS - 1], // past the margin: Critical re-arms (High, still over 70, stays fired)
      ...minutes(32, 42, 95), // 10 more minutes: fires again
    ]);
    expect(alerts).toEqual([
      [10, "monitoring.cpu-critical"],
      [42, "monitoring.cpu-critical"],
    ]);
  });

  it("restarts the clock when a reading breaks the run", () => {
    const { alerts } = run("cpu", [...minutes(0, 8, 95), [9, 50], ...minutes(10, 19, 95)]);
    expect(alerts).toEqual([]);
  });

  it("restarts the clock after a gap in the samples", () => {
    const { alerts } = run("cpu", [
      [0, 95],
      [MAX_SAMPLE_GAP_MS / MINUTE + 1, 95],
      [MAX_SAMPLE_GAP_MS / MINUTE + 10, 95],
    ]);
    expect(alerts).toEqual([]);
  });
});

describe("memory over 70 %", () => {
  it("fires High at 10 minutes, then escalates to Critical when it climbs over 90 % for 10 more", () => {
    const { alerts } = run("memory", [...minutes(0, 10, 75), ...minutes(11, 21, 93)]);
    expect(alerts).toEqual([
      [10, "monitoring.memory-high"],
      [21, "monitoring.memory-critical"],
    ]);
  });

  it("does not send High when a fired Critical eases to 80 %", () => {
    const { alerts } = run("memory", [...minutes(0, 10, 95), ...minutes(11, 40, 80)]);
    expect(alerts).toEqual([[10, "monitoring.memory-critical"]]);
  });

  it("ignores other metrics' samples", () => {
    expect(run("cpu", minutes(0, 20, 95)).states["monitoring.memory-high"]).toBeUndefined();
  });
});

describe("free disk", () => {
  it("fires Low, Medium and High as free space falls past 30, 20 and 10 %, each once", () => {
    const { alerts } = run("disk", [
      [0, 45],
      [1, 29],
      [2, 28],
      [3, 19],
      [4, 9],
      [5, 8],
    ]);
    expect(alerts).toEqual([
      [1, "monitoring.disk-low-low"],
      [3, "monitoring.disk-low-medium"],
      [4, "monitoring.disk-low-high"],
    ]);
  });

  it("sends only the most severe on a sudden fall, and re-arms past the margin above the level", () => {
    const { alerts } = run("disk", [
      [0, 5],
      [1, 12], // above 10 but inside the margin
      [2, 6],
      [3, 16], // past 10 + 5: High re-armed
      [4, 7],
    ]);
    expect(alerts).toEqual([
      [0, "monitoring.disk-low-high"],
      [4, "monitoring.disk-low-high"],
    ]);
  });
});
