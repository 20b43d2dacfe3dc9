// The send history's filters, read from the page's URL and the CSV export's. Pure: the filter form
// (client and server components) and the queries share it. Two readings of the same fields:
// - the page is tolerant: anything unreadable is dropped, never an error, so a hand-edited URL shows a
//   wider list, not a 500 (the form says when an event id was dropped);
// - the export is strict: a bulk extraction of recipient data must not widen silently, so an unreadable
//   filter is a 400 naming the field.
import { z } from "zod";
import { isCalendarDay } from "@/lib/audit/calendar-day";
import { DeliveryStatus } from "@/generated/prisma/enums";
import { findCategory, findType } from "@/lib/catalog/definitions";
import { decodeHistoryCursor, type HistoryCursor } from "./cursor";

export const deliveryStatuses = Object.values(DeliveryStatus);

/** The value of `due` that hides deliveries queued for later (quiet hours, digests, back-off). */
export const DUE_NOW = "now";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Control characters never reach a query (PostgreSQL refuses NUL with an error).
const SAFE = /^[^\u0000-\u001f\u007f]*$/;

const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() || undefined : value);
const listOf = (value: unknown) => {
  const values = (Array.isArray(value) ? value : [value]).map(trimmed).filter((item) => item !== undefined);
  return values.length ? values : undefined;
};
/** The known statuses among `values`, in the enum's order without repeats (one selection, one URL). */
const knownStatuses = (values: string[] | undefined) => {
  const statuses = deliveryStatuses.filter((status) => values?.includes(status));
  return statuses.length ? statuses : undefined;
};

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(trimmed, schema.optional());
/** The same fields, each dropped (undefined) instead of refused when unreadable. */
const lenient = <S extends Record<string, z.ZodType>>(shape: S) =>
  Object.fromEntries(Object.entries(shape).map(([name, schema]) => [name, schema.catch(undefined)])) as {
    [K in keyof S]: z.ZodCatch<S[K]>;
  };

const day = optional(z.string().refine(isCalendarDay, "Expected a calendar day (YYYY-MM-DD)"));
const singleFields = {
  type: optional(z.string().refine((key) => Boolean(findType(key)), "unknownCatalogKey")),
  category: optional(z.string().refine((key) => Boolean(findCategory(key)), "unknownCatalogKey")),
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
      .regex(UUID, "invalidId")
      .transform((value) => value.toLowerCase()),
  ),
  /** `due=now`: without the deliveries QUEUED for later; other statuses are unaffected. */
  due: optional(z.literal(DUE_NOW)),
};

export const historyFiltersSchema = z.object({
  ...lenient(singleFields),
  /** Any of these statuses (`status=FAILED&status=BOUNCED`); unknown ones are dropped. */
  status: z
    .preprocess(listOf, z.array(z.string()).optional())
    .transform(knownStatuses)
    .catch(undefined)
    .optional(),
});
export type HistoryFilters = z.output<typeof historyFiltersSchema>;

/** The export's reading: the same fields, refused by name instead of dropped. */
export const strictHistoryFiltersSchema = z
  .object({
    ...singleFields,
    status: z.preprocess(listOf, z.array(z.enum(DeliveryStatus)).optional()).transform(knownStatuses),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: "Must not be before `from`",
    path: ["to"],
  });

export interface HistorySearch {
  filters: HistoryFilters;
  /** Where the page starts; null for the newest deliveries. */
  cursor: HistoryCursor | null;
  /** The URL carried a cursor that is not one of ours: it was ignored. */
  invalidCursor: boolean;
  /** The event id the URL carried when it is not an id (so not applied), for the form to say so. */
  invalidEvent: string | null;
}

type SearchParams = Record<string, string | string[] | undefined>;

export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

/** Search params as the filter schemas read them: every value of `status`, the first of the others. */
function filterInput(params: SearchParams): Record<string, string | string[] | undefined> {
  return { ...firstValues(params), status: params.status };
}

export function parseHistorySearchParams(params: SearchParams): HistorySearch {
  const single = firstValues(params);
  const token = single.cursor;
  const cursor = token ? decodeHistoryCursor(token) : null;
  const filters = historyFiltersSchema.parse(filterInput(params));
  const event = single.event?.trim();
  return {
    filters,
    cursor,
    invalidCursor: Boolean(token) && !cursor,
    invalidEvent: event && !filters.event ? event : null,
  };
}

/**
 * The export's query (URLSearchParams keeps repeated keys): every value of every key, so a repeated
 * single-valued filter is refused rather than one of its values picked.
 */
export function strictFilterInput(params: URLSearchParams): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    input[key] = values.length === 1 && key !== "status" ? values[0]! : values;
  }
  return input;
}

export function hasFilters(filters: HistoryFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

/** Filters as links name them: one status or several. */
export type HistoryLinkFilters = Omit<HistoryFilters, "status"> & {
  status?: DeliveryStatus | DeliveryStatus[];
};

/** `path` with the filters (and a cursor) as search params: links, the pager and the CSV export. */
export function historyHref(path: string, filters: HistoryLinkFilters, cursor?: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    // Statuses in the enum's order, as the form submits them: one selection, one URL.
    const values = Array.isArray(value)
      ? deliveryStatuses.filter((status) => value.includes(status))
      : [value];
    for (const item of values) if (item) params.append(key, item);
  }
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
