import { describe, expect, it } from "vitest";
import { envSchema } from "./env";

const base = { DATABASE_URL: "postgresql://localhost/herald", AUTH_SECRET: "s".repeat(32) };

function messages(extra: Record<string, string>) {
  const result = envSchema.safeParse({ ...base, ...extra });
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("the daily reports' settings", () => {
  it("default to 06:00 UTC and take a 24 h time and an IANA zone", () => {
    expect(envSchema.parse(base)).toMatchObject({
      HERALD_REPORTS_AT: "06:00",
      HERALD_REPORTS_TIME_ZONE: "UTC",
    });
    expect(
      envSchema.parse({ ...base, HERALD_REPORTS_AT: "23:59", HERALD_REPORTS_TIME_ZONE: "America/Sao_Paulo" }),
    ).toMatchObject({ HERALD_REPORTS_AT: "23:59", HERALD_REPORTS_TIME_ZONE: "America/Sao_Paulo" });
  });

  it("refuse a time or zone they cannot schedule, naming the variable", () => {
    for (const at of ["6:00", "24:00", "06:60", "06:00:00", "noon"]) {
      expect(messages({ HERALD_REPORTS_AT: at })).toEqual([
        "HERALD_REPORTS_AT: HERALD_REPORTS_AT must be a time like 06:00",
      ]);
    }
    for (const zone of ["Mars/Olympus", "utc+3", ""]) {
      expect(messages({ HERALD_REPORTS_TIME_ZONE: zone })).toEqual([
        "HERALD_REPORTS_TIME_ZONE: HERALD_REPORTS_TIME_ZONE must be an IANA zone, e.g. Europe/Lisbon",
      ]);
    }
  });
});
