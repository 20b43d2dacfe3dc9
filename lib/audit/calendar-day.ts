// Calendar days in a time zone, for the lists filtered by day (the audit log, the send history, the
// dashboard): a day's first instant in the reader's zone, and a from/to pair as bounds. No
// "server-only": the filter schemas that check a day's format run in the browser too.

export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The calendar day `offset` days after (or, negative, before) `day`. */
export function addDays(day: string, offset: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** The calendar day (YYYY-MM-DD) `instant` falls in, in `timeZone`. */
export function calendarDayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

/** The instant a calendar day begins in `timeZone` (UTC if the zone is unknown). */
export function startOfDay(day: string, timeZone: string): Date {
  const midnightUtc = new Date(`${day}T00:00:00Z`).getTime();
  let instant = midnightUtc - zoneOffset(midnightUtc, timeZone);
  // Once more at the first guess: a DST change between the two instants shifts the offset.
  instant = midnightUtc - zoneOffset(instant, timeZone);
  return new Date(instant);
}

/** The zone's offset from UTC at `instant`, in milliseconds (positive east of Greenwich). */
function zoneOffset(instant: number, timeZone: string): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    }).formatToParts(new Date(instant));
  } catch {
    return 0;
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClock = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return wallClock - (instant - (instant % 1000));
}

/** `createdAt` bounds from the first instant of `from` to before the day after `to`, in `timeZone`. */
export function dayBounds(
  from: string | undefined,
  to: string | undefined,
  timeZone: string,
): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: startOfDay(from, timeZone) } : {}),
    ...(to ? { lt: startOfDay(addDays(to, 1), timeZone) } : {}),
  };
}
