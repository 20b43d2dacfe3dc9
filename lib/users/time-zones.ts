// The time zones a person may pick. Pure (no "server-only"): the zod schemas validate against it, and
// pages build the picker's options from it on the server (so server and browser ICU data cannot disagree).

/** IANA zones known to this runtime, with "UTC" (the database default, absent from some ICU lists) first. */
export const timeZones: readonly string[] = [
  "UTC",
  ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC"),
];

const known = new Set(timeZones);

export function isSupportedTimeZone(value: string): boolean {
  return known.has(value);
}

export interface TimeZoneOption {
  value: string;
  label: string;
}

// Building the labels takes ~100 ms (a formatter per zone), so they are kept for the day: offsets only
// change at daylight-saving transitions, and a label a few hours stale around one is harmless.
let cached: { day: string; options: TimeZoneOption[] } | undefined;

/** "America/Sao Paulo (GMT-3)": the zone's current offset helps people find theirs. */
export function timeZoneOptions(now: Date = new Date()): TimeZoneOption[] {
  const day = now.toISOString().slice(0, 10);
  if (cached?.day !== day) cached = { day, options: buildOptions(now) };
  return cached.options;
}

function buildOptions(now: Date): TimeZoneOption[] {
  return timeZones.map((zone) => {
    const offset = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" })
      .formatToParts(now)
      .find((part) => part.type === "timeZoneName")?.value;
    return {
      value: zone,
      label: offset && zone !== "UTC" ? `${zone.replaceAll("_", " ")} (${offset})` : zone,
    };
  });
}
