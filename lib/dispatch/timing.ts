// When a delivery may leave: the end of quiet hours, the next digest hour, the back-off after a failed
// try. Pure (Intl only, no clock, no database): the worker, the scheduler and enqueue share it, and
// scripts import it, so it carries no "server-only".
//
// A local wall time that does not exist (skipped when clocks go forward) resolves to the instant the
// clocks jump past it: the first moment the local clock reads that time or later. A wall time that
// happens twice (clocks go back) resolves to its earliest occurrence still after `now`.

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;

/** A delivery is tried at most this many times; after the last failed try it is FAILED. */
export const MAX_ATTEMPTS = 8;
/** Back-off ceiling for the first retry; it doubles per attempt up to RETRY_CAP_MS. */
export const RETRY_BASE_MS = 30_000;
export const RETRY_CAP_MS = 60 * 60_000;
/** Never retry sooner than this, even when the jitter draws (close to) zero. */
export const RETRY_MIN_MS = 1_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // Throws RangeError for an unknown zone: callers validate zones where they are stored.
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

type LocalTime = { year: number; month: number; day: number; minuteOfDay: number; second: number };

function localTime(instant: number, timeZone: string): LocalTime {
  const parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    minuteOfDay: parts.hour * 60 + parts.minute,
    second: parts.second,
  };
}

/** The zone's offset from UTC at an instant, in ms (local = utc + offset). */
function offsetAt(instant: number, timeZone: string): number {
  const floored = Math.floor(instant / 1000) * 1000;
  const local = localTime(floored, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, 0, local.minuteOfDay, local.second);
  return asUtc - floored;
}

/**
 * The instants at which the wall clock in `timeZone` reads the given local date and minute, earliest
 * first: one normally, two in a fall-back overlap, and for a spring-forward gap the single instant the
 * clocks jump past it. `day` may overflow the month (Date.UTC normalises it).
 */
function wallTimeInstants(
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
  timeZone: string,
): number[] {
  const wall = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  // Offsets in force around that wall time; a zone changes offset at most once within a day here.
  const offsets = new Set([
    offsetAt(wall - DAY_MINUTES * MINUTE_MS, timeZone),
    offsetAt(wall, timeZone),
    offsetAt(wall + DAY_MINUTES * MINUTE_MS, timeZone),
  ]);
  const valid = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => offsetAt(instant, timeZone) === wall - instant);
  if (valid.length > 0) return [...new Set(valid)].sort((a, b) => a - b);
  return [gapEnd(wall, Math.min(...offsets), Math.max(...offsets), timeZone)];
}

/**
 * The instant the clocks jumped over `wall` (a wall time skipped by a forward shift from offset
 * `before` to `after`): at `wall - after` the old offset still holds, at `wall - before` the new one
 * does; bisect to the second.
 */
function gapEnd(wall: number, before: number, after: number, timeZone: string): number {
  let lo = wall - after;
  let hi = wall - before;
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (offsetAt(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The first instant after `now` at which the local clock reads `minuteOfDay` (see the rule above). */
function nextWallTime(now: number, local: LocalTime, minuteOfDay: number, timeZone: string): Date {
  for (let dayOffset = 0; dayOffset <= 2; dayOffset += 1) {
    const candidates = wallTimeInstants(
      local.year,
      local.month,
      local.day + dayOffset,
      minuteOfDay,
      timeZone,
    );
    const next = candidates.find((instant) => instant > now);
    if (next !== undefined) return new Date(next);
  }
  // Unreachable for real zones: a wall time recurs within two days.
  throw new Error(`No local ${minuteOfDay} min after ${new Date(now).toISOString()} in ${timeZone}`);
}

function assertMinute(name: string, value: number) {
  if (!Number.isInteger(value) || value < 0 || value >= DAY_MINUTES) {
    throw new RangeError(`${name} must be a whole minute of the day (0–1439), got ${value}`);
  }
}

/**
 * When quiet hours end, if `now` falls inside them; null otherwise. The window is
 * [startMinute, endMinute) in local minutes after midnight and crosses midnight when start > end
 * (1320–420 is 22:00–07:00). start === end is an empty window.
 */
export function quietHoursEnd(
  now: Date,
  timeZone: string,
  startMinute: number,
  endMinute: number,
): Date | null {
  assertMinute("startMinute", startMinute);
  assertMinute("endMinute", endMinute);
  if (startMinute === endMinute) return null;
  const instant = now.getTime();
  const local = localTime(instant, timeZone);
  const minute = local.minuteOfDay;
  const inside =
    startMinute < endMinute
      ? minute >= startMinute && minute < endMinute
      : minute >= startMinute || minute < endMinute;
  if (!inside) return null;
  return nextWallTime(instant, local, endMinute, timeZone);
}

/** The next local `hour`:00 in `timeZone` strictly after `now` (a digest's send time). */
export function nextDigestAt(now: Date, timeZone: string, hour: number): Date {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new RangeError(`hour must be 0–23, got ${hour}`);
  }
  const instant = now.getTime();
  return nextWallTime(instant, localTime(instant, timeZone), hour * 60, timeZone);
}

/**
 * How long to wait before the next try, in ms, after try number `attempt` (1 = the first try) failed:
 * exponential back-off with full jitter (uniform in [0, min(cap, base·2^(attempt−1)))), at least
 * RETRY_MIN_MS, and never sooner than the provider's Retry-After.
 */
export function retryDelay(
  attempt: number,
  retryAfterSeconds?: number,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.min(exponent, 30));
  const jittered = Math.max(RETRY_MIN_MS, Math.floor(random() * ceiling));
  const floor =
    retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0
      ? Math.ceil(retryAfterSeconds * 1000)
      : 0;
  return Math.max(jittered, floor);
}
