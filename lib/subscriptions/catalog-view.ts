// The catalog as the subscription screens show it: categories with their types, in the reader's
// language. Pure: server components build it and pass it to the client islands.
import { categories } from "@/lib/catalog/definitions";
import { localizeCategory } from "@/lib/catalog/localize";
import type { Severity } from "@/lib/catalog/types";
import type { AppLocale } from "@/lib/i18n/locales";

export interface CatalogTypeView {
  key: string;
  name: string;
  description: string;
  severity: Severity;
  mandatory: boolean;
}

export interface CatalogCategoryView {
  key: string;
  name: string;
  types: CatalogTypeView[];
}

export function catalogView(locale: AppLocale): CatalogCategoryView[] {
  return categories.map((category) => {
    const localized = localizeCategory(category, locale);
    return {
      key: category.key,
      name: localized.name,
      types: localized.types.map(({ key, name, description, severity, mandatory }) => ({
        key,
        name,
        description,
        severity,
        mandatory,
      })),
    };
  });
}

/** Category names by key, for reasons ("subscribed to category Certificates"). */
export function categoryNames(locale: AppLocale): Record<string, string> {
  return Object.fromEntries(
    categories.map((category) => [category.key, localizeCategory(category, locale).name]),
  );
}
