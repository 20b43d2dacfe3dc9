// Options of the selects several forms share (users, contacts, the profile, my digest). Pure.
import { localeLabels, locales } from "@/lib/i18n/locales";
import { digestHours, hourLabel } from "@/lib/subscriptions/hours";

/** Each language in its own name, marked with its `lang` so screen readers pronounce it right. */
export const localeOptions = locales.map((locale) => ({
  value: locale,
  label: localeLabels[locale],
  lang: locale,
}));

export const digestHourOptions = digestHours.map((hour) => ({ value: hour, label: hourLabel(hour) }));
