// The resource thresholds as settings (what an admin edits) and as the rules the sampler evaluates.
// Pure: the sampler (worker process), the resources page and the tests share it.
import type { ThresholdRule } from "@/lib/system/resources/thresholds";

export interface ThresholdSettings {
  /** CPU busy % over which, held for cpuSustainMinutes, High fires… */
  cpuHigh: number;
  /** …and over which Critical fires. */
  cpuCritical: number;
  cpuSustainMinutes: number;
  memoryHigh: number;
  memoryCritical: number;
  memorySustainMinutes: number;
  /** Free disk % under which Low, Medium and High urgency fire (first sample under the line). */
  diskLow: number;
  diskMedium: number;
  diskHigh: number;
  /** Points a reading must move back past a level before a fired rule re-arms. */
  hysteresisPoints: number;
}

export const THRESHOLD_FIELDS = [
  "cpuHigh",
  "cpuCritical",
  "cpuSustainMinutes",
  "memoryHigh",
  "memoryCritical",
  "memorySustainMinutes",
  "diskLow",
  "diskMedium",
  "diskHigh",
  "hysteresisPoints",
] as const satisfies readonly (keyof ThresholdSettings)[];

/** The seed's values: CPU or memory over 70 % for 10 min High, over 90 % Critical; free disk under 30/20/10 %. */
export const DEFAULT_THRESHOLDS: Readonly<ThresholdSettings> = Object.freeze({
  cpuHigh: 70,
  cpuCritical: 90,
  cpuSustainMinutes: 10,
  memoryHigh: 70,
  memoryCritical: 90,
  memorySustainMinutes: 10,
  diskLow: 30,
  diskMedium: 20,
  diskHigh: 10,
  hysteresisPoints: 5,
});

const MINUTE = 60_000;

/** The seven Monitoring rules these settings describe, in the order the pages list them. */
export function thresholdRules(settings: ThresholdSettings): ThresholdRule[] {
  const hysteresis = settings.hysteresisPoints;
  const above = (key: ThresholdRule["key"], metric: "cpu" | "memory", level: number, minutes: number) =>
    ({ key, metric, direction: "above", level, sustainForMs: minutes * MINUTE, hysteresis }) as const;
  // Free space moves slowly and does not spike: the first sample under the line counts.
  const below = (key: ThresholdRule["key"], level: number) =>
    ({ key, metric: "disk", direction: "below", level, sustainForMs: 0, hysteresis }) as const;
  return [
    above("monitoring.cpu-high", "cpu", settings.cpuHigh, settings.cpuSustainMinutes),
    above("monitoring.cpu-critical", "cpu", settings.cpuCritical, settings.cpuSustainMinutes),
    above("monitoring.memory-high", "memory", settings.memoryHigh, settings.memorySustainMinutes),
    above("monitoring.memory-critical", "memory", settings.memoryCritical, settings.memorySustainMinutes),
    below("monitoring.disk-low-low", settings.diskLow),
    below("monitoring.disk-low-medium", settings.diskMedium),
    below("monitoring.disk-low-high", settings.diskHigh),
  ];
}
