// When a resource reading fires a Monitoring notification. Pure: the sampler feeds it one sample at a
// time with the state it stored, and stores the state it gets back; tests feed it simulated samples.
//
// A rule fires once when its condition has held without a break for `sustainForMs`, then stays
// "fired" (silent) until the reading clears the level by the rule's hysteresis margin, so a value hovering at the
// line does not flap. When several rules of one metric fire on the same sample, only the most severe
// is sent; the others are marked fired too, so a later easing (95 % → 80 %) does not send the lesser one.
import { DEFAULT_THRESHOLDS, thresholdRules } from "@/lib/system/thresholds/rules";

export type ResourceMetric = "cpu" | "memory" | "disk";

export type MonitoringAlertKey =
  | "monitoring.cpu-high"
  | "monitoring.cpu-critical"
  | "monitoring.memory-high"
  | "monitoring.memory-critical"
  | "monitoring.disk-low-low"
  | "monitoring.disk-low-medium"
  | "monitoring.disk-low-high";

export interface ThresholdRule {
  key: MonitoringAlertKey;
  metric: ResourceMetric;
  /** "above": usage % over `level`; "below": free % under `level`. */
  direction: "above" | "below";
  level: number;
  sustainForMs: number;
  /** Points the reading must move back past `level` before the fired rule re-arms. */
  hysteresis: number;
}

/** Points a reading must move back past the level before a fired rule re-arms (the seed's default; editable). */
export const HYSTERESIS_POINTS = DEFAULT_THRESHOLDS.hysteresisPoints;

/**
 * A gap longer than this between two samples (the sampler was down) restarts the "held since" clock:
 * the condition was not seen to hold meanwhile.
 */
export const MAX_SAMPLE_GAP_MS = 3 * 60_000;

/**
 * The seed's defaults: CPU or memory over 70 % for 10 min High, over 90 % Critical; free disk under
 * 30/20/10 %. An admin may change them (lib/system/thresholds); the sampler reads them at each sample.
 */
export const DEFAULT_THRESHOLD_RULES: readonly ThresholdRule[] = thresholdRules(DEFAULT_THRESHOLDS);

export interface RuleState {
  /** Start of the current unbroken run of readings past the level; null when the last reading was not. */
  since: number | null;
  /** Fired and not yet re-armed. */
  fired: boolean;
  /** Time of the last sample seen (for gap detection). */
  lastAt: number | null;
}

export const initialRuleState: RuleState = { since: null, fired: false, lastAt: null };

export interface ResourceSampleInput {
  metric: ResourceMetric;
  /** Usage % for cpu and memory, free % for disk. */
  value: number;
  at: Date;
}

export interface FiredAlert {
  rule: ThresholdRule;
  value: number;
  /** How long the condition had held when it fired. */
  sustainedForMs: number;
  at: Date;
}

const past = (rule: ThresholdRule, value: number) =>
  rule.direction === "above" ? value > rule.level : value < rule.level;

const cleared = (rule: ThresholdRule, value: number) =>
  rule.direction === "above" ? value < rule.level - rule.hysteresis : value > rule.level + rule.hysteresis;

/** More severe = further from normal: a higher usage level, a lower free-space level. */
const severity = (rule: ThresholdRule) => (rule.direction === "above" ? rule.level : -rule.level);

/**
 * Applies one sample to the rules of its metric. Returns every rule's next state (rules of other
 * metrics unchanged) and at most one alert to send.
 */
export function evaluateSample(
  rules: readonly ThresholdRule[],
  states: Readonly<Record<string, RuleState>>,
  sample: ResourceSampleInput,
): { states: Record<string, RuleState>; alert: FiredAlert | null } {
  const at = sample.at.getTime();
  const next: Record<string, RuleState> = { ...states };
  const firing: FiredAlert[] = [];
  for (const rule of rules) {
    if (rule.metric !== sample.metric) continue;
    const previous = states[rule.key] ?? initialRuleState;
    const gap = previous.lastAt !== null && at - previous.lastAt > MAX_SAMPLE_GAP_MS;
    let { since, fired } = previous;
    if (past(rule, sample.value)) {
      since = since === null || gap ? at : since;
      if (!fired && at - since >= rule.sustainForMs) {
        fired = true;
        firing.push({ rule, value: sample.value, sustainedForMs: at - since, at: sample.at });
      }
    } else {
      since = null;
      if (fired && cleared(rule, sample.value)) fired = false;
    }
    next[rule.key] = { since, fired, lastAt: at };
  }
  const alert = firing.reduce<FiredAlert | null>(
    (worst, candidate) =>
      worst === null || severity(candidate.rule) > severity(worst.rule) ? candidate : worst,
    null,
  );
  return { states: next, alert };
}
