import type { Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { catalogHref, type CatalogParams } from "@/lib/catalog/filters";
import { cn } from "@/lib/utils";
import type { CategoryFacet } from "./browse-catalog";

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
  return (
    <>
      <details className="group rounded-lg border bg-card text-card-foreground lg:hidden">
        <summary className="cursor-pointer rounded-lg px-4 py-3 text-sm font-medium">
          {t("browse", { count: categories.length })}
        </summary>
        <div className="border-t p-2">
          <CategoryLinks categories={categories} params={params} />
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
        <CategoryLinks categories={categories} params={params} labelledBy="catalog-categories-heading" />
      </div>
    </>
  );
}

async function CategoryLinks({
  categories,
  params,
  labelledBy,
}: CategoryRailProps & { labelledBy?: string }) {
  const t = await getTranslations("catalog.categories");
  const matchingAll = categories.reduce((sum, category) => sum + category.matching, 0);
  const items = [
    { key: "", name: t("all"), description: "", count: matchingAll },
    ...categories.map((category) => ({ ...category, count: category.matching })),
  ];
  return (
    <nav aria-label={labelledBy ? undefined : t("heading")} aria-labelledby={labelledBy}>
      <ul className="grid gap-0.5">
        {items.map((item) => {
          const active = (params.category ?? "") === item.key;
          return (
            <li key={item.key || "all"}>
              <Link
                href={catalogHref({ ...params, category: item.key || undefined }) as Route}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "grid gap-0.5 rounded-md px-3 py-2 text-sm transition-colors hover:bg-accent hover:text-accent-foreground",
                  active && "bg-accent text-accent-foreground",
                  item.count === 0 && !active && "text-muted-foreground",
                )}
              >
                <span className="flex items-baseline justify-between gap-2">
                  <span className={cn("font-medium", active && "font-semibold")}>{item.name}</span>
                  <span className="shrink-0 rounded-full bg-muted px-1.5 text-xs text-muted-foreground tabular-nums">
                    <span aria-hidden>{item.count}</span>
                    <span className="sr-only">{t("count", { count: item.count })}</span>
                  </span>
                </span>
                {item.description ? (
                  <span className="line-clamp-2 text-xs text-muted-foreground">{item.description}</span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
