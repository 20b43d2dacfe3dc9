// How the system pages and the dashboard PDF print their figures. Pure (no server-only): the server
// pages, the resources island and the PDF all format through here, so a percentage or a port reads
// the same everywhere.
import type { AppLocale } from "@/lib/i18n/locales";

const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * A 0–100 figure as the locale writes a percentage, at most one decimal: "45.5%", "7%", pt-BR "45,5%"
 * (CLDR puts no space before the sign in either language).
 */
export function formatPercent(value: number, locale: AppLocale | string): string {
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
    percentFormats.set(locale, format);
  }
  return format.format(value / 100);
}

/**
 * Detail figures that name something (a port, a process id) rather than count it: grouping them
 * ("port 3,100", "pid 12.345") makes them look like quantities and breaks copy and paste.
 */
const IDENTIFIER_KEYS = new Set(["port", "pid", "uid", "inode"]);

/** One "label: value" figure of a service's detail, in the reader's locale. */
export function formatDetailValue(
  key: string,
  value: string | number | boolean | null,
  locale: AppLocale | string,
): string {
  if (value === null) return "—";
  if (typeof value === "boolean") return value ? "✓" : "✗";
  if (typeof value === "string") return value;
  if (IDENTIFIER_KEYS.has(key)) return String(value);
  if (key === "sizeBytes")
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value / 1024 / 1024)} MB`;
  return new Intl.NumberFormat(locale).format(value);
}
