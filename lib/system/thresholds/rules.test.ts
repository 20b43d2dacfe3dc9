import { describe, expect, it } from "vitest";
import {
  DEFAULT_THRESHOLD_RULES,
  evaluateSample,
  type RuleState,
  type ThresholdRule,
} from "@/lib/system/resources/thresholds";
import { DEFAULT_THRESHOLDS, thresholdRules } from "./rules";

const MINUTE = 60_000;
const start = Date.UTC(2026, 11, 2, 8, 0);

function alertsFor(rules: readonly ThresholdRule[], readings: [minute: number, value: number][]) {
  let states: Record<string, RuleState> = {};
  const alerts: [number, string][] = [];
  for (const [minute, value] of readings) {
    const result = evaluateSample(rules, states, {
      metric: "cpu",
      value,
      at: new Date(start + minute * MINUTE),
    });
    states = result.states;
    if (result.alert) alerts.push([minute, result.alert.rule.key]);
  }
  return alerts;
}

describe("thresholdRules", () => {
  it("turns the seed's settings into the seven seed rules", () => {
    expect(thresholdRules(DEFAULT_THRESHOLDS)).toEqual(DEFAULT_THRESHOLD_RULES);
    expect(DEFAULT_THRESHOLD_RULES.map((rule) => [rule.key, rule.level, rule.sustainForMs / MINUTE])).toEqual(
      [
        ["monitoring.cpu-high", 70, 10],
        ["monitoring.cpu-critical", 90, 10],
        ["monitoring.memory-high", 70, 10],
        ["monitoring.memory-critical", 90, 10],
        ["monitoring.disk-low-low", 30, 0],
        ["monitoring.disk-low-medium", 20, 0],
        ["monitoring.disk-low-high", 10, 0],
      ],
    );
  });

  it("fires at the edited level and after the edited sustain time", () => {
    const edited = thresholdRules({ ...DEFAULT_THRESHOLDS, cpuHigh: 50, cpuSustainMinutes: 3 });
    const readings = Array.from({ length: 6 }, (_, minute): [number, number] => [minute, 60]);
    expect(alertsFor(DEFAULT_THRESHOLD_RULES, readings)).toEqual([]);
    expect(alertsFor(edited, readings)).toEqual([[3, "monitoring.cpu-high"]]);
  });

  it("re-arms past the edited hysteresis margin", () => {
    const readings: [number, number][] = [
      ...Array.from({ length: 11 }, (_, minute): [number, number] => [minute, 95]),
      [11, 84], // 6 points under 90: past the default 5, inside a margin of 10
      ...Array.from({ length: 11 }, (_, i): [number, number] => [12 + i, 95]),
    ];
    expect(alertsFor(DEFAULT_THRESHOLD_RULES, readings)).toEqual([
      [10, "monitoring.cpu-critical"],
      [22, "monitoring.cpu-critical"],
    ]);
    const wide = thresholdRules({ ...DEFAULT_THRESHOLDS, hysteresisPoints: 10 });
    expect(alertsFor(wide, readings)).toEqual([[10, "monitoring.cpu-critical"]]);
  });
});
