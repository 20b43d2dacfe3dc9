// The one way a page reads its URL search params: first value of each key, unsafe text refused, then
// the page's zod schema. Pure: server pages and the list-page shell (components/shell) share it.
import type { z } from "zod";
import { findUnsafeText } from "./text";

export type SearchParamsInput = Record<string, string | string[] | undefined>;

export interface ParsedSearchParams<T> {
  /** False when some keys were refused: the page says "invalid search" and ignores them. */
  ok: boolean;
  /** Typed params from the usable values (defaults in place of refused ones). */
  params: T;
  /** Keys whose values were refused: control characters, broken Unicode, or failing the schema. */
  invalid: string[];
  /** The search params as received minus the refused keys: what links to other pages carry on. */
  raw: SearchParamsInput;
}

/** Next's searchParams (values may be arrays) → one string per key; the first value wins. */
export function firstValues(searchParams: SearchParamsInput): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

/**
 * Parses a page's search params with `schema`. Values with unsafe text (lib/validation/text.ts) are
 * dropped and reported, never passed on to a query (PostgreSQL answers NUL with an error: a 500).
 * List schemas fall back to defaults for malformed values (`.catch`); a schema that still fails is
 * parsed again without the keys zod named, and those are reported too. Never throws for user input.
 */
export function parseSearchParams<S extends z.ZodType>(
  schema: S,
  searchParams: SearchParamsInput,
): ParsedSearchParams<z.output<S>> {
  const values = firstValues(searchParams);
  const invalid = new Set<string>();
  for (const issue of findUnsafeText(searchParams)) invalid.add(issue.path.split(".")[0] ?? "");
  for (const key of invalid) delete values[key];
  let parsed = schema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) invalid.add(String(issue.path[0] ?? ""));
    for (const key of invalid) delete values[key];
    parsed = schema.safeParse(values);
    if (!parsed.success) throw new Error("parseSearchParams: the schema needs a default for every key");
  }
  const raw = Object.fromEntries(Object.entries(searchParams).filter(([key]) => !invalid.has(key)));
  // In the URL's order, whatever order the checks found them in.
  const order = Object.keys(searchParams);
  const refused = [...invalid].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { ok: invalid.size === 0, params: parsed.data, invalid: refused, raw };
}
