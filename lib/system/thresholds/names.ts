// The threshold rules under the names people know them by: the catalog's type names, in the reader's
// language. Pure: the resources island, the dashboard and the PDF share it.
import { findType } from "@/lib/catalog/definitions";
import { localizeType } from "@/lib/catalog/localize";
import type { AppLocale } from "@/lib/i18n/locales";

/** "CPU Usage - High" (pt-BR "Uso de CPU - Alto") for "monitoring.cpu-high"; the key itself if the catalog lacks it. */
export function thresholdTypeName(key: string, locale: AppLocale): string {
  const type = findType(key);
  return type ? localizeType(type, locale).name : key;
}

/** Where a rule's notification type is described (and its configured value noted). */
export function thresholdTypeHref(key: string) {
  return `/catalog/${key}` as const;
}
