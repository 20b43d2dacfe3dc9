"use client";

import type { Route } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

export interface CategoryLink {
  key: string;
  href: string;
  name: string;
  description: string;
  count: number;
  active: boolean;
}

/**
 * The category links of the catalog's rail, drawn twice (a disclosure on small screens, the sticky rail
 * on large ones). A client component so that the page's RSC payload carries the links' data once per
 * copy instead of their markup.
 */
export function CategoryLinks({ links, labelledBy }: { links: CategoryLink[]; labelledBy?: string }) {
  const t = useTranslations("catalog.categories");
  return (
    <nav aria-label={labelledBy ? undefined : t("heading")} aria-labelledby={labelledBy}>
      <ul className="grid gap-0.5">
        {links.map((item) => (
          <li key={item.key || "all"}>
            <Link
              href={item.href as Route}
              aria-current={item.active ? "page" : undefined}
              className={cn(
                "grid gap-0.5 rounded-md px-3 py-2 text-sm transition-colors hover:bg-accent hover:text-accent-foreground",
                item.active && "bg-accent text-accent-foreground",
                item.count === 0 && !item.active && "text-muted-foreground",
              )}
            >
              <span className="flex items-baseline justify-between gap-2">
                <span className={cn("font-medium", item.active && "font-semibold")}>{item.name}</span>
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
        ))}
      </ul>
    </nav>
  );
}
