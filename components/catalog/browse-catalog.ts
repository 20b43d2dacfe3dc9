// The catalog page's view of the catalog for its URL parameters: the matching types and the category
// counts beside them. Pure and static (the catalog is code), so the page needs no database read.
import { categories } from "@/lib/catalog/definitions";
import { toSearchFilters, type CatalogParams } from "@/lib/catalog/filters";
import { localizeCategory, searchCatalog } from "@/lib/catalog/localize";
import type { NotificationTypeDefinition } from "@/lib/catalog/types";
import type { AppLocale } from "@/lib/i18n/locales";

export interface CategoryFacet {
  key: string;
  name: string;
  description: string;
  /** Types in the category. */
  total: number;
  /** Types in the category that match the query and every filter but the category. */
  matching: number;
}

export interface CatalogView {
  /** The matching types, localized: catalog order without a query, best matches first with one. */
  results: NotificationTypeDefinition[];
  /** Every category, localized, in catalog order, with its counts. */
  categories: CategoryFacet[];
}

/** What the catalog page shows for `params`: the results and the category counts beside them. */
export function browseCatalog(params: CatalogParams, locale: AppLocale): CatalogView {
  const filters = toSearchFilters(params);
  const results = searchCatalog(params.q, locale, filters);
  const matchingByCategory = new Map<string, number>();
  for (const type of searchCatalog(params.q, locale, { ...filters, categoryKey: undefined })) {
    matchingByCategory.set(type.categoryKey, (matchingByCategory.get(type.categoryKey) ?? 0) + 1);
  }
  return {
    results,
    categories: categories.map((category) => {
      const localized = localizeCategory(category, locale);
      return {
        key: category.key,
        name: localized.name,
        description: localized.description,
        total: category.types.length,
        matching: matchingByCategory.get(category.key) ?? 0,
      };
    }),
  };
}
