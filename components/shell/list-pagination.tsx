import type { Route } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Pagination, buildPageHref } from "@/components/ui/pagination";

type SearchParams = Record<string, string | string[] | undefined>;

interface ListPaginationProps {
  /** The list's path; each page link keeps the current search params (filters) and sets `page`. */
  path: string;
  searchParams: SearchParams;
  page: number;
  pageCount: number;
  /** Accessible name of the pagination landmark. */
  label: string;
}

/**
 * Pagination for a list page, in the viewer's language. Renders nothing when there is one page; a page
 * past the end (rows deleted meanwhile, an edited URL) redirects to the last one.
 */
export async function ListPagination({ path, searchParams, page, pageCount, label }: ListPaginationProps) {
  if (page > pageCount) redirect(buildPageHref(path, searchParams, pageCount) as Route);
  const t = await getTranslations("common");
  return (
    <Pagination
      page={page}
      pageCount={pageCount}
      hrefFor={(target) => buildPageHref(path, searchParams, target)}
      labels={{
        previous: t("previous"),
        next: t("next"),
        page: (current, total) => t("pageOf", { page: current, total }),
        navigation: label,
      }}
    />
  );
}
