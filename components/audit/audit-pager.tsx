import { KeysetPager } from "@/components/history/keyset-pager";

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
export function AuditPager({
  searchParams,
  newer,
  older,
}: {
  searchParams: SearchParams;
  newer: string | null;
  older: string | null;
}) {
  return (
    <KeysetPager
      hrefFor={(cursor) => auditPageHref(searchParams, cursor)}
      newer={newer}
      older={older}
      messages="audit.pagination"
    />
  );
}
