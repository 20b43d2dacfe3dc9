import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb, type Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { firstValues, parseSearchParams } from "@/lib/validation/search-params";
import { dayBounds, isCalendarDay } from "./calendar-day";
import { decodeAuditCursor, encodeAuditCursor, type AuditCursor, type AuditDirection } from "./cursor";
import { auditTargetKey, resolveAuditTargets, type AuditTarget } from "./targets";

export { startOfDay } from "./calendar-day";

export const AUDIT_PAGE_SIZE = 50;

// Administrators and auditors read the whole log (authorize(viewer, STAFF), lib/auth/roles).

const text = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() ? value.trim() : undefined),
    z.string().max(max).optional(),
  );
const day = z.preprocess(
  (value) => (typeof value === "string" && isCalendarDay(value) ? value : undefined),
  z.string().optional(),
);

/** The audit page's filters, from its URL search params. Anything unreadable is dropped, never an error. */
export const auditFiltersSchema = z.object({
  actor: text(200).catch(undefined),
  action: text(100).catch(undefined),
  targetType: text(100).catch(undefined),
  targetId: text(200).catch(undefined),
  /** Calendar days (YYYY-MM-DD) in the viewer's time zone, both included. */
  from: day,
  to: day,
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;

export interface AuditSearch {
  filters: AuditFilters;
  /** Where the page starts; null for the newest entries. */
  cursor: AuditCursor | null;
  /** The URL carried a cursor that is not one of ours (hand-edited, truncated): it was ignored. */
  invalidCursor: boolean;
  /** Filter keys whose values were refused (control characters): ignored, and the page says so. */
  invalid: string[];
}

export function parseAuditSearchParams(params: Record<string, string | string[] | undefined>): AuditSearch {
  // parseSearchParams drops NUL and other control characters before they can reach PostgreSQL.
  const { params: filters, invalid, raw } = parseSearchParams(auditFiltersSchema, params);
  const token = firstValues(raw).cursor;
  const cursor = token ? decodeAuditCursor(token) : null;
  return { filters, cursor, invalidCursor: Boolean(token) && !cursor, invalid };
}

// A page of the log carries no before/after: those are the large part of an entry, and only the entry
// dialog shows them (getAuditEntry, fetched when it opens).
const entrySelect = {
  id: true,
  actorId: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  ip: true,
  createdAt: true,
} satisfies Prisma.AuditLogSelect;

/** One row of the log's page. */
export interface AuditEntry {
  /** The BigInt id as text. */
  id: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  createdAt: Date;
  /** The target's current name and page, or that it was deleted; absent for types without a table. */
  target?: AuditTarget;
}

const detailSelect = {
  ...entrySelect,
  requestId: true,
  before: true,
  after: true,
} satisfies Prisma.AuditLogSelect;

/** One entry in full, for its dialog: a JSON answer, so the time is an ISO string. */
export interface AuditEntryDetail {
  id: string;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  createdAt: string;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
}

function toEntry(row: Prisma.AuditLogGetPayload<{ select: typeof entrySelect }>): AuditEntry {
  return { ...row, id: row.id.toString() };
}

/** An audit entry id as the log's URLs and dialog carry it: a positive bigint in decimal, nothing else. */
export const auditEntryIdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,18}$/)
  .transform((id) => BigInt(id))
  .refine((id) => id <= 9_223_372_036_854_775_807n);

/** One entry in full (before and after included), for an administrator or auditor; NOT_FOUND if there is none. */
export async function getAuditEntry(
  viewer: Reader,
  id: bigint,
  db: Database = defaultDb,
): Promise<AuditEntryDetail> {
  authorize(viewer, STAFF);
  const row = await db.auditLog.findUnique({ where: { id }, select: detailSelect });
  if (!row) throw new AppError("NOT_FOUND", "No such audit entry");
  return {
    id: row.id.toString(),
    actorLabel: row.actorLabel,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    ip: row.ip,
    requestId: row.requestId,
    createdAt: row.createdAt.toISOString(),
    before: row.before,
    after: row.after,
  };
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Opaque cursors of the neighbouring pages, null at either end of the (filtered) log. */
  newer: string | null;
  older: string | null;
}

type Position = Pick<AuditCursor, "createdAt" | "id">;

/** Entries strictly before (older) or after (newer) a position in (createdAt, id) order. */
function beyond(position: Position, direction: AuditDirection): Prisma.AuditLogWhereInput {
  const { createdAt, id } = position;
  // The first bound lets PostgreSQL start its index scan at the position; the OR settles the ties.
  return direction === "older"
    ? { createdAt: { lte: createdAt }, OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] }
    : {
        createdAt: { gte: createdAt },
        OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: id } }],
      };
}

const newestFirst = [
  { createdAt: "desc" },
  { id: "desc" },
] satisfies Prisma.AuditLogOrderByWithRelationInput[];
const oldestFirst = [{ createdAt: "asc" }, { id: "asc" }] satisfies Prisma.AuditLogOrderByWithRelationInput[];

/**
 * One page (AUDIT_PAGE_SIZE entries) of the log, newest first, for an administrator or auditor.
 * Keyset paging on (createdAt, id), the AuditLog_createdAt_id_idx order: every page costs one index
 * range scan however deep it is, and no count of the whole log is taken.
 */
export async function listAuditEntries(
  viewer: Reader & { timeZone: string },
  input: { filters: AuditFilters; cursor?: AuditCursor | null },
  db: Database = defaultDb,
): Promise<AuditPage> {
  authorize(viewer, STAFF);
  const where = auditWhere(input.filters, viewer.timeZone);
  const { cursor } = input;
  const fetchPage = (direction: AuditDirection, from: Position | null) =>
    db.auditLog.findMany({
      where: from ? { AND: [where, beyond(from, direction)] } : where,
      select: entrySelect,
      orderBy: direction === "older" ? newestFirst : oldestFirst,
      take: AUDIT_PAGE_SIZE + 1,
    });
  const exists = async (direction: AuditDirection, from: Position) =>
    (await db.auditLog.findFirst({
      where: { AND: [where, beyond(from, direction)] },
      select: { id: true },
    })) !== null;

  let rows: Awaited<ReturnType<typeof fetchPage>>;
  let moreOlder: boolean;
  let moreNewer: boolean;
  if (cursor?.direction === "newer") {
    const newer = await fetchPage("newer", cursor);
    if (newer.length <= AUDIT_PAGE_SIZE) {
      // Less than a page left above the cursor: that is the newest page, shown whole.
      rows = await fetchPage("older", null);
      moreNewer = false;
    } else {
      rows = newer.slice(0, AUDIT_PAGE_SIZE).reverse();
      moreNewer = true;
    }
    moreOlder = rows.length > AUDIT_PAGE_SIZE || (rows.length > 0 && (await exists("older", rows.at(-1)!)));
  } else {
    rows = await fetchPage("older", cursor ?? null);
    moreOlder = rows.length > AUDIT_PAGE_SIZE;
    moreNewer = cursor != null && rows.length > 0 && (await exists("newer", rows[0]!));
  }
  rows = rows.slice(0, AUDIT_PAGE_SIZE);
  const first = rows[0];
  const last = rows.at(-1);
  const targets = await resolveAuditTargets(rows, db);
  return {
    entries: rows.map((row) => ({
      ...toEntry(row),
      target: row.targetId ? targets.get(auditTargetKey(row.targetType, row.targetId)) : undefined,
    })),
    newer: moreNewer && first ? encodeAuditCursor({ direction: "newer", ...first }) : null,
    older: moreOlder && last ? encodeAuditCursor({ direction: "older", ...last }) : null,
  };
}

/**
 * The distinct values of one column of the log, by a loose index scan (one index probe per value)
 * instead of scanning the whole log. `column` is one of two fixed names, never input.
 */
function distinctValues(db: Database, column: "targetType" | "action") {
  const name = Prisma.raw(`"${column}"`);
  return db.$queryRaw<{ value: string }[]>`
    WITH RECURSIVE t AS (
      (SELECT ${name} AS value FROM "AuditLog" ORDER BY ${name} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${name} FROM "AuditLog" WHERE ${name} > t.value ORDER BY ${name} LIMIT 1) FROM t WHERE t.value IS NOT NULL
    ) SELECT value FROM t WHERE value IS NOT NULL`;
}

/** The distinct target types and actions in the log, for the filter controls. */
export async function auditFilterOptions(
  viewer: Reader,
  _input: Record<string, never> = {},
  db: Database = defaultDb,
): Promise<{ targetTypes: string[]; actions: string[] }> {
  authorize(viewer, STAFF);
  const [targetTypes, actions] = await Promise.all([
    distinctValues(db, "targetType"),
    distinctValues(db, "action"),
  ]);
  return { targetTypes: targetTypes.map((row) => row.value), actions: actions.map((row) => row.value) };
}

function auditWhere(filters: AuditFilters, timeZone: string): Prisma.AuditLogWhereInput {
  const createdAt = dayBounds(filters.from, filters.to, timeZone);
  return {
    ...(filters.actor ? { actorLabel: { contains: filters.actor, mode: "insensitive" } } : {}),
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.targetType ? { targetType: filters.targetType } : {}),
    ...(filters.targetId ? { targetId: filters.targetId } : {}),
    ...(createdAt ? { createdAt } : {}),
  };
}
