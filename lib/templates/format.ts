// Dates, numbers, sizes and durations in the recipient's language and time zone. Intl formatters are
// expensive to build and cheap to use, so one set is cached per locale × time zone.
import type { AppLocale } from "@/lib/i18n/locales";

export interface Formatter {
  locale: AppLocale;
  timeZone: string;
  /** "Nov 24, 2026, 11:03 AM GMT-3" / "24 de nov. de 2026, 11:03 BRT" */
  dateTime(iso: string): string;
  /** "Nov 24, 2026 – Nov 25, 2026" with times when they matter. */
  range(fromIso: string, toIso: string): string;
  number(value: number): string;
  /** A 0–100 value: "96.4%" / "96,4%". */
  percent(value: number): string;
  /** Seconds as the two largest units: "51 min 44 s", "5 hr 30 min". */
  duration(seconds: number): string;
  bytes(value: number): string;
  /** "a, b and c" / "a, b e c". */
  list(items: string[]): string;
  /** A number of days as words: "in 7 days", "tomorrow", "today", "yesterday". */
  relativeDays(days: number): string;
  /** Calendar days from one instant to another, counted in this time zone (midnight to midnight). */
  calendarDays(fromIso: string, toIso: string): number;
}

const cache = new Map<string, Formatter>();

function validTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    // A bad zone must not stop an alert from going out; UTC is named in the output, so it is visible.
    return "UTC";
  }
}

const UNITS = [
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
  ["second", 1],
] as const;

function build(locale: AppLocale, requestedTimeZone: string): Formatter {
  const timeZone = validTimeZone(requestedTimeZone);
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  });
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percentFormat = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const unitFormats = Object.fromEntries(
    UNITS.map(([unit]) => [
      unit,
      new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short" }),
    ]),
  ) as Record<(typeof UNITS)[number][0], Intl.NumberFormat>;
  const byteUnits = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte"] as const;
  const byteFormats = byteUnits.map(
    (unit) =>
      new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 }),
  );
  const listFormat = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const dayFormat = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const dayNumber = (iso: string) => Date.parse(`${dayFormat.format(new Date(iso))}T00:00:00Z`) / 86_400_000;

  return {
    locale,
    timeZone,
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    range: (from, to) => dateTimeFormat.formatRange(new Date(from), new Date(to)),
    number: (value) => numberFormat.format(value),
    percent: (value) => percentFormat.format(value / 100),
    duration(seconds) {
      let rest = Math.max(0, Math.round(seconds));
      const parts: string[] = [];
      for (const [unit, size] of UNITS) {
        const amount = Math.floor(rest / size);
        rest -= amount * size;
        if (amount > 0 && parts.length < 2) parts.push(unitFormats[unit].format(amount));
        else if (parts.length > 0) break;
      }
      return parts.length > 0 ? parts.join(" ") : unitFormats.second.format(0);
    },
    bytes(value) {
      let index = 0;
      let amount = value;
      while (amount >= 1024 && index < byteFormats.length - 1) {
        amount /= 1024;
        index += 1;
      }
      return (byteFormats[index] ?? byteFormats[0]!).format(amount);
    },
    list: (items) => listFormat.format(items),
    relativeDays: (days) => relativeFormat.format(days, "day"),
    calendarDays: (from, to) => Math.round(dayNumber(to) - dayNumber(from)),
  };
}

export function formatterFor(locale: AppLocale, timeZone: string): Formatter {
  const key = `${locale}|${timeZone}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = build(locale, timeZone);
    cache.set(key, formatter);
  }
  return formatter;
}
