// The catalog page's URL search parameters (q, category, severity, kind, mandatory), parsed into
// search filters and written back. Pure (no server-only): the page parses them on the server and the
// filter form builds links with them in the browser. Parsing never fails: a value that is not valid
// (an unknown category, a misspelt severity, a repeated parameter's extra values) is ignored, so an
// old or hand-edited link still opens the catalog.
import { z } from "zod";
import { findCategory } from "./definitions";
import type { CatalogSearchFilters } from "./localize";
import { notificationKinds, severities, type NotificationKind, type Severity } from "./types";

export const CATALOG_QUERY_MAX_LENGTH = 200;

export interface CatalogParams {
  /** The search words, trimmed; "" when there are none. */
  q: string;
  category?: string;
  severity?: Severity;
  kind?: NotificationKind;
  mandatory?: boolean;
}

type RawParams = Record<string, string | string[] | undefined>;

/** A repeated parameter (?severity=high&severity=low) counts with its first value only. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));

const catalogParamsSchema = z.object({
  q: z.preprocess(
    first,
    z
      .string()
      .transform((value) => value.trim().replace(/\s+/g, " ").slice(0, CATALOG_QUERY_MAX_LENGTH))
      .catch(""),
  ),
  category: optional(z.string().refine((key) => findCategory(key) !== undefined)),
  severity: optional(z.enum(severities)),
  kind: optional(z.enum(notificationKinds)),
  mandatory: optional(z.enum(["true", "false"]).transform((value) => value === "true")),
});

/** Reads the catalog's search parameters; anything invalid is dropped, never an error. */
export function parseCatalogParams(input: RawParams | URLSearchParams | null | undefined): CatalogParams {
  const raw: RawParams = {};
  if (input instanceof URLSearchParams) {
    for (const key of input.keys()) raw[key] ??= input.getAll(key);
  } else if (input) {
    Object.assign(raw, input);
  }
  const parsed = catalogParamsSchema.parse(raw);
  const params: CatalogParams = { q: parsed.q };
  if (parsed.category !== undefined) params.category = parsed.category;
  if (parsed.severity !== undefined) params.severity = parsed.severity;
  if (parsed.kind !== undefined) params.kind = parsed.kind;
  if (parsed.mandatory !== undefined) params.mandatory = parsed.mandatory;
  return params;
}

/** The filters for `searchCatalog`. */
export function toSearchFilters(params: CatalogParams): CatalogSearchFilters {
  return {
    categoryKey: params.category,
    severity: params.severity,
    kind: params.kind,
    mandatory: params.mandatory,
  };
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
