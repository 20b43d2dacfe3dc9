// The catalog page's URL search parameters written back as links, without zod: the filter form runs in
// the browser and imports this module; filters.ts parses the URL on the server and re-exports these.
import type { NotificationKind, Severity } from "./types";

export const CATALOG_QUERY_MAX_LENGTH = 200;

export interface CatalogParams {
  /** The search words, trimmed; "" when there are none. */
  q: string;
  category?: string;
  severity?: Severity;
  kind?: NotificationKind;
  mandatory?: boolean;
}

/** The search words as the catalog reads them: trimmed, inner runs of spaces made one, at most 200 characters. */
export function normalizeCatalogQuery(value: string): string {
  return value.trim().replace(/\s+/g, " ").slice(0, CATALOG_QUERY_MAX_LENGTH);
}

/** The canonical query string (no "?"), in a fixed order and without empty values. */
export function catalogSearchString(params: Partial<CatalogParams>): string {
  const search = new URLSearchParams();
  const q = params.q?.trim();
  if (q) search.set("q", q);
  if (params.category) search.set("category", params.category);
  if (params.severity) search.set("severity", params.severity);
  if (params.kind) search.set("kind", params.kind);
  if (params.mandatory !== undefined) search.set("mandatory", String(params.mandatory));
  return search.toString();
}

/** "/catalog" with the given parameters. */
export function catalogHref(params: Partial<CatalogParams> = {}): string {
  const search = catalogSearchString(params);
  return search ? `/catalog?${search}` : "/catalog";
}

/** True when the search words or any filter narrow the catalog. */
export function hasActiveFilters(params: CatalogParams): boolean {
  return catalogSearchString(params) !== "";
}
