import { getTranslations } from "next-intl/server";
import { catalogHref, type CatalogParams } from "@/lib/catalog/filters";
import type { CategoryFacet } from "./browse-catalog";
import { CategoryLinks, type CategoryLink } from "./category-links";

interface CategoryRailProps {
  categories: CategoryFacet[];
  params: CatalogParams;
}

/**
 * The category overview: every category with its description and count, each a link that filters the
 * catalog (keeping the other filters). A sticky rail on large screens, a disclosure on small ones.
 */
export async function CategoryRail({ categories, params }: CategoryRailProps) {
  const t = await getTranslations("catalog.categories");
  const matchingAll = categories.reduce((sum, category) => sum + category.matching, 0);
  const links: CategoryLink[] = [
    { key: "", name: t("all"), description: "", count: matchingAll },
    ...categories.map(({ key, name, description, matching }) => ({
      key,
      name,
      description,
      count: matching,
    })),
  ].map((item) => ({
    ...item,
    href: catalogHref({ ...params, category: item.key || undefined }),
    active: (params.category ?? "") === item.key,
  }));
  return (
    <>
      <details className="group rounded-lg border bg-card text-card-foreground lg:hidden">
        <summary className="cursor-pointer rounded-lg px-4 py-3 text-sm font-medium">
          {t("browse", { count: categories.length })}
        </summary>
        <div className="border-t p-2">
          <CategoryLinks links={links} />
        </div>
      </details>
      {/* A div: the nav inside is the landmark (an aside here would be a second, unnamed complementary one). */}
      <div className="hidden lg:sticky lg:top-20 lg:block lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto">
        <h2
          id="catalog-categories-heading"
          className="px-3 pb-2 text-xs font-medium tracking-wide text-muted-foreground uppercase"
        >
          {t("heading")}
        </h2>
        <CategoryLinks links={links} labelledBy="catalog-categories-heading" />
      </div>
    </>
  );
}
