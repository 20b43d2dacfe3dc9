import "server-only";
import { createFormatter, createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { formatPercent } from "@/lib/system/format";

type Values = Record<string, string | number>;

/** The words and formats of one PDF: the downloader's language and time zone, outside any request. */
export interface PdfText {
  locale: AppLocale;
  timeZone: string;
  /** A message by its full key ("system.dashboard.title"), from the same files as the pages. */
  t: (key: string, values?: Values) => string;
  /** Date and time in the reader's zone; `fallback` when there is none. */
  dateTime: (value: Date | string | null, fallback?: string) => string;
  number: (value: number) => string;
  /** A 0–100 figure as a percentage. */
  percent: (value: number) => string;
}

export async function pdfText(locale: AppLocale, timeZone: string): Promise<PdfText> {
  const messages = await loadMessages(locale);
  const translate = createTranslator({ locale, messages });
  const format = createFormatter({ locale, timeZone });
  return {
    locale,
    timeZone,
    t: (key, values) => (translate as (key: string, values?: Values) => string)(key, values),
    dateTime: (value, fallback = "—") =>
      value === null
        ? fallback
        : format.dateTime(new Date(value), { dateStyle: "short", timeStyle: "medium" }),
    number: (value) => format.number(value),
    percent: (value) => formatPercent(value, locale),
  };
}
