// The catalog page's URL search parameters (q, category, severity, kind, mandatory), parsed into
// search filters. Pure (no server-only). Writing them back as links lives in search-params.ts (no zod,
// for the filter form in the browser) and is re-exported here. Parsing never fails: a value that is not valid
// (an unknown category, a misspelt severity, a repeated parameter's extra values) is ignored, so an
// old or hand-edited link still opens the catalog.
import { z } from "zod";
import { findCategory } from "./definitions";
import type { CatalogSearchFilters } from "./localize";
import { normalizeCatalogQuery, type CatalogParams } from "./search-params";
import { notificationKinds, severities } from "./types";

export {
  CATALOG_QUERY_MAX_LENGTH,
  catalogHref,
  catalogSearchString,
  hasActiveFilters,
  type CatalogParams,
} from "./search-params";

type RawParams = Record<string, string | string[] | undefined>;

/** A repeated parameter (?severity=high&severity=low) counts with its first value only. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));

const catalogParamsSchema = z.object({
  q: z.preprocess(first, z.string().transform(normalizeCatalogQuery).catch("")),
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
