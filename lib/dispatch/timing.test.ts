import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_ATTEMPTS,
  RETRY_BASE_MS,
  RETRY_CAP_MS,
  RETRY_MIN_MS,
  nextDigestAt,
  quietHoursEnd,
  retryDelay,
} from "./timing";

const at = (iso: string) => new Date(iso);
const iso = (date: Date | null) => date?.toISOString() ?? null;
const NIGHT = { start: 22 * 60, end: 7 * 60 }; // 22:00–07:00, crosses midnight

function localMinute(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    hour: "numeric",
    minute: "numeric",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return get("hour") * 60 + get("minute");
}

describe("quietHoursEnd", () => {
  it("ends the next morning when the evening is inside a window crossing midnight (São Paulo, −03)", () => {
    // 22:30 local on 1 Dec → 07:00 local on 2 Dec.
    expect(iso(quietHoursEnd(at("2026-12-02T01:30:00Z"), "America/Sao_Paulo", NIGHT.start, NIGHT.end))).toBe(
      "2026-12-02T10:00:00.000Z",
    );
  });

  it("ends the same morning when the small hours are inside it", () => {
    // 05:00 local → 07:00 local the same day.
    expect(iso(quietHoursEnd(at("2026-12-02T08:00:00Z"), "America/Sao_Paulo", NIGHT.start, NIGHT.end))).toBe(
      "2026-12-02T10:00:00.000Z",
    );
  });

  it("is null outside the window, at its end, and for an empty window", () => {
    expect(quietHoursEnd(at("2026-12-02T15:00:00Z"), "America/Sao_Paulo", NIGHT.start, NIGHT.end)).toBeNull();
    expect(quietHoursEnd(at("2026-12-02T10:00:00Z"), "America/Sao_Paulo", NIGHT.start, NIGHT.end)).toBeNull();
    expect(quietHoursEnd(at("2026-12-02T03:00:00Z"), "America/Sao_Paulo", 600, 600)).toBeNull();
  });

  it("includes the window's first minute", () => {
    // 22:00 local exactly.
    expect(iso(quietHoursEnd(at("2026-12-02T01:00:00Z"), "America/Sao_Paulo", NIGHT.start, NIGHT.end))).toBe(
      "2026-12-02T10:00:00.000Z",
    );
  });

  it("handles a daytime window in a half-hour zone (Kolkata, +05:30)", () => {
    // 10:30 IST inside 09:00–17:00 → 17:00 IST.
    expect(iso(quietHoursEnd(at("2026-12-02T05:00:00Z"), "Asia/Kolkata", 540, 1020))).toBe(
      "2026-12-02T11:30:00.000Z",
    );
    // 08:59 IST is before it.
    expect(quietHoursEnd(at("2026-12-02T03:29:00Z"), "Asia/Kolkata", 540, 1020)).toBeNull();
  });

  it("ends when the clocks jump past an end time that does not exist (Lisbon, spring forward)", () => {
    // 29 Mar 2026: 01:00 WET jumps to 02:00 WEST at 01:00Z; 01:30 local never happens.
    expect(iso(quietHoursEnd(at("2026-03-29T00:30:00Z"), "Europe/Lisbon", 23 * 60, 90))).toBe(
      "2026-03-29T01:00:00.000Z",
    );
    // An end after the gap is the usual wall time in the new offset: 07:00 WEST = 06:00Z.
    expect(iso(quietHoursEnd(at("2026-03-29T00:30:00Z"), "Europe/Lisbon", NIGHT.start, NIGHT.end))).toBe(
      "2026-03-29T06:00:00.000Z",
    );
  });

  it("uses the right occurrence of an end time that happens twice (Lisbon, fall back)", () => {
    // 25 Oct 2026: 02:00 WEST falls back to 01:00 WET at 01:00Z; 01:30 happens at 00:30Z and 01:30Z.
    expect(iso(quietHoursEnd(at("2026-10-24T23:30:00Z"), "Europe/Lisbon", 23 * 60, 90))).toBe(
      "2026-10-25T00:30:00.000Z",
    );
    // 01:10 WET, the second pass through the hour: the first 01:30 has gone, the second is next.
    expect(iso(quietHoursEnd(at("2026-10-25T01:10:00Z"), "Europe/Lisbon", 23 * 60, 90))).toBe(
      "2026-10-25T01:30:00.000Z",
    );
  });

  it("handles a 45-minute zone across its spring-forward gap (Chatham, +12:45 → +13:45)", () => {
    // 27 Sep 2026: 02:45 local jumps to 03:45 at 14:00Z on the 26th; 03:00 local never happens.
    // 00:45 local (12:00Z) is inside 22:00–03:00, which ends when the clocks jump.
    expect(iso(quietHoursEnd(at("2026-09-26T12:00:00Z"), "Pacific/Chatham", 22 * 60, 180))).toBe(
      "2026-09-26T14:00:00.000Z",
    );
    // 22:00–07:00 ends at 07:00 +13:45 = 17:15Z.
    expect(iso(quietHoursEnd(at("2026-09-26T12:00:00Z"), "Pacific/Chatham", NIGHT.start, NIGHT.end))).toBe(
      "2026-09-26T17:15:00.000Z",
    );
  });

  it("refuses minutes outside the day", () => {
    expect(() => quietHoursEnd(at("2026-12-02T00:00:00Z"), "UTC", -1, 60)).toThrow(RangeError);
    expect(() => quietHoursEnd(at("2026-12-02T00:00:00Z"), "UTC", 0, 1440)).toThrow(RangeError);
  });

  it("always ends after now, at the end minute or past a gap, inside at most a day", () => {
    const zones = [
      "America/Sao_Paulo",
      "Europe/Lisbon",
      "Asia/Kolkata",
      "Pacific/Chatham",
      "America/New_York",
      "UTC",
    ];
    fc.assert(
      fc.property(
        fc.date({ min: at("2017-01-01T00:00:00Z"), max: at("2030-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 1439 }),
        (now, zone, start, end) => {
          const result = quietHoursEnd(now, zone, start, end);
          if (result === null) return;
          expect(result.getTime()).toBeGreaterThan(now.getTime());
          expect(result.getTime() - now.getTime()).toBeLessThanOrEqual(25 * 3_600_000);
          const reads = localMinute(result, zone);
          // At the end minute, or (after a gap) the first minute past it.
          expect((reads - end + 1440) % 1440).toBeLessThan(120);
        },
      ),
    );
  });
});

describe("nextDigestAt", () => {
  it("is today's hour when it is still ahead, else tomorrow's (Kolkata)", () => {
    expect(iso(nextDigestAt(at("2026-12-02T02:00:00Z"), "Asia/Kolkata", 8))).toBe("2026-12-02T02:30:00.000Z");
    expect(iso(nextDigestAt(at("2026-12-02T03:00:00Z"), "Asia/Kolkata", 8))).toBe("2026-12-03T02:30:00.000Z");
  });

  it("is strictly after now", () => {
    expect(iso(nextDigestAt(at("2026-12-02T02:30:00Z"), "Asia/Kolkata", 8))).toBe("2026-12-03T02:30:00.000Z");
  });

  it("follows São Paulo's offset today (no DST since 2019) and in 2018 (DST began at midnight)", () => {
    expect(iso(nextDigestAt(at("2026-12-02T12:00:00Z"), "America/Sao_Paulo", 8))).toBe(
      "2026-12-03T11:00:00.000Z",
    );
    // 4 Nov 2018: 00:00 −03 jumped to 01:00 −02 at 03:00Z; a midnight digest goes at the jump.
    expect(iso(nextDigestAt(at("2018-11-03T12:00:00Z"), "America/Sao_Paulo", 0))).toBe(
      "2018-11-04T03:00:00.000Z",
    );
    // 17 Feb 2019: 00:00 −02 fell back to 23:00 −03 on the 16th; 23:00 happened twice.
    expect(iso(nextDigestAt(at("2019-02-16T20:00:00Z"), "America/Sao_Paulo", 23))).toBe(
      "2019-02-17T01:00:00.000Z",
    );
    expect(iso(nextDigestAt(at("2019-02-17T01:30:00Z"), "America/Sao_Paulo", 23))).toBe(
      "2019-02-17T02:00:00.000Z",
    );
  });

  it("crosses the Lisbon spring-forward day", () => {
    // 01:00 local does not exist on 29 Mar 2026: the jump (01:00Z) is when the clock passes it.
    expect(iso(nextDigestAt(at("2026-03-28T12:00:00Z"), "Europe/Lisbon", 1))).toBe(
      "2026-03-29T01:00:00.000Z",
    );
    // 09:00 WEST = 08:00Z.
    expect(iso(nextDigestAt(at("2026-03-29T00:30:00Z"), "Europe/Lisbon", 9))).toBe(
      "2026-03-29T08:00:00.000Z",
    );
  });

  it("takes the first future occurrence of an hour that happens twice (Chatham, fall back)", () => {
    // 5 Apr 2026: 03:45 +13:45 falls back to 02:45 +12:45 at 14:00Z on the 4th; 03:00 happens twice.
    expect(iso(nextDigestAt(at("2026-04-04T12:00:00Z"), "Pacific/Chatham", 3))).toBe(
      "2026-04-04T13:15:00.000Z",
    );
    expect(iso(nextDigestAt(at("2026-04-04T13:15:00Z"), "Pacific/Chatham", 3))).toBe(
      "2026-04-04T14:15:00.000Z",
    );
  });

  it("refuses an hour outside 0–23", () => {
    expect(() => nextDigestAt(at("2026-12-02T00:00:00Z"), "UTC", 24)).toThrow(RangeError);
  });

  it("always lands on the local hour (or the jump past it) within two days", () => {
    const zones = [
      "America/Sao_Paulo",
      "Europe/Lisbon",
      "Asia/Kolkata",
      "Pacific/Chatham",
      "Australia/Lord_Howe",
    ];
    fc.assert(
      fc.property(
        fc.date({ min: at("2017-01-01T00:00:00Z"), max: at("2030-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        (now, zone, hour) => {
          const result = nextDigestAt(now, zone, hour);
          expect(result.getTime()).toBeGreaterThan(now.getTime());
          expect(result.getTime() - now.getTime()).toBeLessThanOrEqual(25 * 3_600_000);
          expect((localMinute(result, zone) - hour * 60 + 1440) % 1440).toBeLessThan(120);
        },
      ),
    );
  });
});

describe("retryDelay", () => {
  it("draws uniformly below a ceiling that doubles from the base", () => {
    const almostOne = () => 0.999_999;
    expect(retryDelay(1, undefined, almostOne)).toBe(Math.floor(0.999_999 * RETRY_BASE_MS));
    expect(retryDelay(2, undefined, almostOne)).toBe(Math.floor(0.999_999 * RETRY_BASE_MS * 2));
    expect(retryDelay(3, undefined, () => 0.5)).toBe(RETRY_BASE_MS * 2);
  });

  it("stops growing at the cap", () => {
    expect(retryDelay(50, undefined, () => 0.999_999)).toBeLessThan(RETRY_CAP_MS);
    expect(retryDelay(50, undefined, () => 0.5)).toBe(RETRY_CAP_MS / 2);
  });

  it("never retries sooner than the minimum, even on a zero draw", () => {
    expect(retryDelay(1, undefined, () => 0)).toBe(RETRY_MIN_MS);
  });

  it("never retries sooner than Retry-After, even past the cap", () => {
    expect(retryDelay(1, 120, () => 0)).toBe(120_000);
    expect(retryDelay(1, 7200, () => 0.999)).toBe(7_200_000);
    expect(retryDelay(1, 0.2, () => 0.9)).toBe(Math.floor(0.9 * RETRY_BASE_MS));
  });

  it("ignores a nonsensical Retry-After", () => {
    expect(retryDelay(1, Number.NaN, () => 0)).toBe(RETRY_MIN_MS);
    expect(retryDelay(1, -5, () => 0)).toBe(RETRY_MIN_MS);
  });

  it("bounds the attempts", () => {
    expect(MAX_ATTEMPTS).toBeGreaterThan(1);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_ATTEMPTS }),
        fc.double({ min: 0, max: 0.999_999, noNaN: true }),
        (n, r) => {
          const delay = retryDelay(n, undefined, () => r);
          expect(delay).toBeGreaterThanOrEqual(RETRY_MIN_MS);
          expect(delay).toBeLessThanOrEqual(RETRY_CAP_MS);
        },
      ),
    );
  });
});
