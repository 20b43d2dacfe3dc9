import type { Route } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight, ChevronsLeft } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";

type SearchParams = Record<string, string | string[] | undefined>;

/** `/audit` with the current filters and `cursor` set (or dropped, for the newest page). */
export function auditPageHref(searchParams: SearchParams, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (key === "cursor" || key === "page" || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  }
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/audit?${query}` : "/audit";
}

/**
 * Newer / older links of the keyset-paged log. There are no page numbers: the log is not counted,
 * and a page is found by its position, so entries written meanwhile never shift what "older" shows.
 */
export async function AuditPager({
  searchParams,
  newer,
  older,
}: {
  searchParams: SearchParams;
  newer: string | null;
  older: string | null;
}) {
  if (!newer && !older) return null;
  const t = await getTranslations("audit.pagination");
  const link = buttonVariants({ variant: "ghost", size: "sm" });
  const disabled = (label: string, icon: ReactNode, iconAfter = false) => (
    <span aria-disabled="true" className={link}>
      {iconAfter ? null : icon}
      <span>{label}</span>
      {iconAfter ? icon : null}
    </span>
  );
  return (
    <nav aria-label={t("label")} className="flex w-full flex-wrap justify-center gap-1">
      {newer ? (
        <>
          <Link href={auditPageHref(searchParams, null) as Route} className={link}>
            <ChevronsLeft aria-hidden="true" />
            <span>{t("newest")}</span>
          </Link>
          <Link href={auditPageHref(searchParams, newer) as Route} rel="prev" className={link}>
            <ChevronLeft aria-hidden="true" />
            <span>{t("newer")}</span>
          </Link>
        </>
      ) : (
        disabled(t("newer"), <ChevronLeft aria-hidden="true" />)
      )}
      {older ? (
        <Link href={auditPageHref(searchParams, older) as Route} rel="next" className={link}>
          <span>{t("older")}</span>
          <ChevronRight aria-hidden="true" />
        </Link>
      ) : (
        disabled(t("older"), <ChevronRight aria-hidden="true" />, true)
      )}
    </nav>
  );
}
