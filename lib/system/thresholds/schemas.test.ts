import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "./rules";
import { updateThresholdsSchema } from "./schemas";

/** The form as a browser posts it: every field a string. */
const form = (changes: Record<string, string> = {}) => ({
  ...Object.fromEntries(Object.entries(DEFAULT_THRESHOLDS).map(([key, value]) => [key, String(value)])),
  ...changes,
});

const fieldErrors = (changes: Record<string, string>) => {
  const result = updateThresholdsSchema.safeParse(form(changes));
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("updateThresholdsSchema", () => {
  it("accepts the seed's defaults and reads the fields as whole numbers", () => {
    expect(updateThresholdsSchema.parse(form())).toEqual(DEFAULT_THRESHOLDS);
    expect(updateThresholdsSchema.parse(form({ cpuHigh: "1", cpuCritical: "100" }))).toMatchObject({
      cpuHigh: 1,
      cpuCritical: 100,
    });
  });

  it("refuses levels outside 1–100 % and fractions", () => {
    expect(fieldErrors({ cpuHigh: "0" })).toEqual([["cpuHigh", "percentRange"]]);
    expect(fieldErrors({ memoryCritical: "101" })).toEqual([["memoryCritical", "percentRange"]]);
    expect(fieldErrors({ diskLow: "30.5" })).toEqual([["diskLow", "invalidNumber"]]);
    expect(fieldErrors({ diskHigh: "ten" })).toEqual([["diskHigh", "invalidNumber"]]);
  });

  it("refuses a sustain time under one minute (or over a day) and a hysteresis outside 1–25", () => {
    expect(fieldErrors({ cpuSustainMinutes: "0" })).toEqual([["cpuSustainMinutes", "durationRange"]]);
    expect(fieldErrors({ memorySustainMinutes: "1441" })).toEqual([
      ["memorySustainMinutes", "durationRange"],
    ]);
    expect(fieldErrors({ hysteresisPoints: "0" })).toEqual([["hysteresisPoints", "hysteresisRange"]]);
    expect(fieldErrors({ hysteresisPoints: "26" })).toEqual([["hysteresisPoints", "hysteresisRange"]]);
  });

  it("refuses levels out of order: Critical at or under High, disk High/Medium/Low not descending", () => {
    expect(fieldErrors({ cpuCritical: "70" })).toEqual([["cpuCritical", "criticalAboveHigh"]]);
    expect(fieldErrors({ memoryHigh: "95" })).toEqual([["memoryCritical", "criticalAboveHigh"]]);
    expect(fieldErrors({ diskMedium: "30" })).toEqual([["diskMedium", "diskLevelsOrder"]]);
    expect(fieldErrors({ diskHigh: "25" })).toEqual([["diskHigh", "diskLevelsOrder"]]);
  });
});
