import * as React from "react";
import Link from "next/link";
import type { Route } from "next";
import { ChevronLeft, ChevronRight } from "lucide-react";

import { cn } from "@/lib/utils";
import { buttonVariants } from "@/components/ui/button";

type PaginationLabels = {
  previous: string;
  next: string;
  /** e.g. (n, total) => t("pagination.page", { n, total }) → "Page 3 of 12". */
  page: (n: number, total: number) => string;
  /** Accessible name of the `<nav>` landmark, e.g. "Pagination". Recommended when the page has other navs. */
  navigation?: string;
};

type PaginationProps = {
  /** 1-based current page. */
  page: number;
  pageCount: number;
  /** Builds the link of a page. See `buildPageHref`. */
  hrefFor: (page: number) => string;
  labels: PaginationLabels;
  className?: string;
};

/**
 * Link-based pagination (no client JavaScript).
 *
 * SERVER COMPONENTS ONLY: `hrefFor` and `labels.page` are functions, and functions cannot be
 * passed from a server component to a client component. Render `<Pagination>` from a server
 * component (page/layout), typically with
 * `hrefFor={(p) => buildPageHref("/notifications", searchParams, p)}`.
 *
 * Renders nothing when `pageCount <= 1`.
 */
function Pagination({ page, pageCount, hrefFor, labels, className }: PaginationProps) {
  if (!Number.isFinite(pageCount) || pageCount <= 1) return null;
  const total = Math.floor(pageCount);
  const current = Math.min(Math.max(1, Math.floor(page) || 1), total);
  const href = (n: number) => hrefFor(n) as Route;

  const edge = buttonVariants({ variant: "ghost", size: "sm" });

  return (
    <nav
      data-slot="pagination"
      aria-label={labels.navigation}
      className={cn("flex w-full justify-center", className)}
    >
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          {current > 1 ? (
            <Link href={href(current - 1)} rel="prev" className={edge}>
              <ChevronLeft aria-hidden="true" />
              <span>{labels.previous}</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={edge}>
              <ChevronLeft aria-hidden="true" />
              <span>{labels.previous}</span>
            </span>
          )}
        </li>

        {pageItems(current, total).map((item, i) =>
          item === "ellipsis" ? (
            <li
              key={`ellipsis-${i}`}
              aria-hidden="true"
              className="hidden px-1 text-muted-foreground sm:block"
            >
              …
            </li>
          ) : (
            <li key={item} className="hidden sm:block">
              <Link
                href={href(item)}
                aria-label={labels.page(item, total)}
                aria-current={item === current ? "page" : undefined}
                className={cn(
                  buttonVariants({ variant: item === current ? "outline" : "ghost", size: "sm" }),
                  "min-w-8 tabular-nums",
                )}
              >
                {item}
              </Link>
            </li>
          ),
        )}

        <li className="px-2 text-sm text-muted-foreground tabular-nums sm:hidden">
          {labels.page(current, total)}
        </li>

        <li>
          {current < total ? (
            <Link href={href(current + 1)} rel="next" className={edge}>
              <span>{labels.next}</span>
              <ChevronRight aria-hidden="true" />
            </Link>
          ) : (
            <span aria-disabled="true" className={edge}>
              <span>{labels.next}</span>
              <ChevronRight aria-hidden="true" />
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}

/** Pages to show: first, last, and the current page ±1, with ellipses for the gaps. */
function pageItems(current: number, total: number): Array<number | "ellipsis"> {
  const pages = new Set([1, total, current - 1, current, current + 1]);
  // Avoid an ellipsis that would hide a single page.
  if (current - 3 === 1) pages.add(2);
  if (current + 3 === total) pages.add(total - 1);
  const sorted = [...pages].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  const items: Array<number | "ellipsis"> = [];
  for (const n of sorted) {
    const prev = items[items.length - 1];
    if (typeof prev === "number" && n - prev > 1) items.push("ellipsis");
    items.push(n);
  }
  return items;
}

type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined> | null | undefined;

/**
 * `pathname` + the current search params with `param` (default "page") set to `page`.
 * Page 1 drops the parameter, so the first page keeps its canonical URL. Other params (filters) are kept.
 *
 *   buildPageHref("/notifications", { status: "unread", page: "2" }, 3) // "/notifications?status=unread&page=3"
 */
function buildPageHref(
  pathname: string,
  searchParams: SearchParamsInput,
  page: number,
  param = "page",
): string {
  const params = new URLSearchParams();
  if (searchParams instanceof URLSearchParams) {
    searchParams.forEach((value, key) => params.append(key, value));
  } else if (searchParams) {
    for (const [key, value] of Object.entries(searchParams)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
    }
  }
  params.delete(param);
  if (page > 1) params.set(param, String(Math.floor(page)));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export { Pagination, buildPageHref, type PaginationProps, type PaginationLabels };
