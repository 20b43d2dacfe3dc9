// The send history's filters, read from the page's URL (and the CSV export's). Pure: the filter form
// (client and server components) and the queries share it. Anything unreadable is dropped, never an
// error: a hand-edited URL shows a wider list, not a 500.
import { z } from "zod";
import { isCalendarDay } from "@/lib/audit/calendar-day";
import { DeliveryStatus } from "@/generated/prisma/enums";
import { findCategory, findType } from "@/lib/catalog/definitions";
import { decodeHistoryCursor, type HistoryCursor } from "./cursor";

export const deliveryStatuses = Object.values(DeliveryStatus);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Control characters never reach a query (PostgreSQL refuses NUL with an error).
const SAFE = /^[^\u0000-\u001f\u007f]*$/;

const trimmed = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(trimmed, schema.optional()).catch(undefined);

const day = optional(z.string().refine(isCalendarDay));

export const historyFiltersSchema = z.object({
  type: optional(z.string().refine((key) => Boolean(findType(key)))),
  category: optional(z.string().refine((key) => Boolean(findCategory(key)))),
  status: optional(z.enum(DeliveryStatus)),
  /** A recipient's address, matched exactly (case-insensitive): the (email, createdAt) index serves it. */
  recipient: optional(
    z
      .string()
      .max(320)
      .regex(SAFE)
      .transform((value) => value.toLowerCase()),
  ),
  /** Calendar days (YYYY-MM-DD) in the viewer's time zone, both included. */
  from: day,
  to: day,
  event: optional(
    z
      .string()
      .regex(UUID)
      .transform((value) => value.toLowerCase()),
  ),
});
export type HistoryFilters = z.output<typeof historyFiltersSchema>;

export interface HistorySearch {
  filters: HistoryFilters;
  /** Where the page starts; null for the newest deliveries. */
  cursor: HistoryCursor | null;
  /** The URL carried a cursor that is not one of ours: it was ignored. */
  invalidCursor: boolean;
}

type SearchParams = Record<string, string | string[] | undefined>;

export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

export function parseHistorySearchParams(params: SearchParams): HistorySearch {
  const single = firstValues(params);
  const token = single.cursor;
  const cursor = token ? decodeHistoryCursor(token) : null;
  return {
    filters: historyFiltersSchema.parse(single),
    cursor,
    invalidCursor: Boolean(token) && !cursor,
  };
}

export function hasFilters(filters: HistoryFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

/** `path` with the filters (and a cursor) as search params: links, the pager and the CSV export. */
export function historyHref(path: string, filters: HistoryFilters, cursor?: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
