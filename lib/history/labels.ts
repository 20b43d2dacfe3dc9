// Catalog names in the reader's language for the history's tables and filters. Pure.
import { categories, notificationTypes } from "@/lib/catalog/definitions";
import { localizeCategory, localizeType } from "@/lib/catalog/localize";
import type { AppLocale } from "@/lib/i18n/locales";

export function typeNames(locale: AppLocale): Record<string, string> {
  return Object.fromEntries(notificationTypes.map((type) => [type.key, localizeType(type, locale).name]));
}

export function categoryOptions(locale: AppLocale) {
  return categories.map((category) => {
    const localized = localizeCategory(category, locale);
    return { key: category.key, name: localized.name, types: localized.types };
  });
}

/** Every type as a filter option, grouped by category in the catalog's order. */
export function typeOptions(locale: AppLocale) {
  return categoryOptions(locale).flatMap((category) =>
    category.types.map((type) => ({ key: type.key, name: type.name, categoryName: category.name })),
  );
}
