import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { browseCatalog } from "@/components/catalog/browse-catalog";
import { CatalogFilters } from "@/components/catalog/catalog-filters";
import { CatalogHeader } from "@/components/catalog/catalog-header";
import { CatalogResults } from "@/components/catalog/catalog-results";
import { CategoryRail } from "@/components/catalog/category-rail";
import { DispatchLink } from "@/components/dispatch/dispatch-link";
import { requirePage } from "@/lib/auth/viewer";
import { categories, notificationTypes } from "@/lib/catalog/definitions";
import { parseCatalogParams } from "@/lib/catalog/filters";
import { defaultLocale, isAppLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog");
  return { title: t("metaTitle") };
}

type SearchParams = Record<string, string | string[] | undefined>;

// GET /catalog?q=&category=&severity=&kind=&mandatory= – the notification catalog, searchable.
export default async function CatalogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePage("/catalog");
  const requested = await getLocale();
  const locale = isAppLocale(requested) ? requested : defaultLocale;
  const params = parseCatalogParams(await searchParams);
  const view = browseCatalog(params, locale);
  const t = await getTranslations("catalog.results");

  return (
    <div className="grid grid-cols-1 gap-6">
      <CatalogHeader
        actions={<DispatchLink role={viewer.role} />}
        totals={{
          types: notificationTypes.length,
          categories: categories.length,
          mandatory: notificationTypes.filter((type) => type.mandatory).length,
        }}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start">
        <CategoryRail categories={view.categories} params={params} />
        <div className="grid min-w-0 grid-cols-1 gap-4">
          <CatalogFilters
            params={params}
            categories={view.categories.map(({ key, name }) => ({ key, name }))}
          />
          <p role="status" data-testid="catalog-result-count" className="text-sm text-muted-foreground">
            {params.q
              ? t("countFor", { count: view.results.length, query: params.q })
              : t("count", { count: view.results.length })}
          </p>
          <CatalogResults results={view.results} categories={view.categories} params={params} />
        </div>
      </div>
    </div>
  );
}
