// A list page's search params, parsed once: the typed params for the query, the keys refused as
// unusable, and the raw params without them (so pagination links do not carry them on). Pure.
import type { z } from "zod";
import { parseSearchParams, type SearchParamsInput } from "@/lib/validation/search-params";

export type { SearchParamsInput };

export interface ListSearch<T> {
  params: T;
  /** Keys whose values were refused (the page says so and ignores them). */
  invalid: string[];
  /** The search params as received, minus the refused keys: what links to other pages keep. */
  raw: SearchParamsInput;
}

/** Parses `searchParams` with a list schema whose every key falls back to a default (`.catch`). */
export function parseListSearch<S extends z.ZodType>(
  schema: S,
  searchParams: SearchParamsInput,
): ListSearch<z.output<S>> {
  // lib/validation's parser drops unsafe text (NUL, control characters) before any query sees it.
  const { params, invalid, raw } = parseSearchParams(schema, searchParams);
  return { params, invalid, raw };
}
