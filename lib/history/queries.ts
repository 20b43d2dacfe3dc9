// The send history's lists: every delivery matching the filters (staff) and a user's own received
// e-mails, a keyset page at a time. Each function takes the viewer and authorizes inside the query;
// the detail pages' reads are in ./details.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { dayBounds } from "@/lib/audit/calendar-day";
import { db as defaultDb, type Database } from "@/lib/db";
import { assertReader } from "./access";
import type { HistoryCursor } from "./cursor";
import type { HistoryFilters } from "./filters";
import { keysetPage, tableSource, type KeysetPage } from "./keyset";
import { deliveryRowSelect, RECEIVED_STATUSES, type DeliveryRow, type Reader } from "./rows";

export { deliveryRowSelect, RECEIVED_STATUSES, type DeliveryRow, type Reader } from "./rows";

export const HISTORY_PAGE_SIZE = 50;

/**
 * The history's filters as a Prisma `where`; day bounds are read in `timeZone`, and `due=now` hides what
 * is QUEUED for after `now` (the dashboard's queue depth counts the rest: due and sending).
 */
export function historyWhere(
  filters: HistoryFilters,
  timeZone: string,
  now: Date = new Date(),
): Prisma.DeliveryWhereInput {
  const createdAt = dayBounds(filters.from, filters.to, timeZone);
  return {
    ...(filters.type ? { typeKey: filters.type } : {}),
    ...(filters.category ? { categoryKey: filters.category } : {}),
    ...(filters.status ? { status: { in: filters.status } } : {}),
    ...(filters.due ? { NOT: { status: "QUEUED", availableAt: { gt: now } } } : {}),
    ...(filters.recipient ? { email: filters.recipient } : {}),
    ...(filters.event ? { eventId: filters.event } : {}),
    ...(createdAt ? { createdAt } : {}),
  };
}

function pageOf(
  db: Database,
  where: Prisma.DeliveryWhereInput,
  cursor: HistoryCursor | null,
  pageSize: number,
): Promise<KeysetPage<DeliveryRow>> {
  return keysetPage(
    tableSource(
      where,
      (args) => db.delivery.findMany({ ...args, select: deliveryRowSelect }),
      (args) => db.delivery.findFirst(args),
    ),
    cursor,
    pageSize,
  );
}

/** One page of every delivery matching the filters, newest first (ADMIN, AUDITOR). */
export async function listDeliveries(
  viewer: Reader,
  input: { filters: HistoryFilters; cursor?: HistoryCursor | null; pageSize?: number },
  db: Database = defaultDb,
): Promise<KeysetPage<DeliveryRow>> {
  assertReader(viewer);
  return pageOf(
    db,
    historyWhere(input.filters, viewer.timeZone),
    input.cursor ?? null,
    input.pageSize ?? HISTORY_PAGE_SIZE,
  );
}

/** One page of the viewer's own received e-mails, newest first (any signed-in user, their own only). */
export async function listReceived(
  viewer: Pick<Reader, "id">,
  input: { cursor?: HistoryCursor | null; pageSize?: number },
  db: Database = defaultDb,
): Promise<KeysetPage<DeliveryRow>> {
  return pageOf(
    db,
    { userId: viewer.id, status: { in: RECEIVED_STATUSES } },
    input.cursor ?? null,
    input.pageSize ?? HISTORY_PAGE_SIZE,
  );
}

export {
  getDeliveryDetail,
  getEventDetail,
  getReceivedEmail,
  EVENT_GROUP_LISTED,
  type DeliveryDetail,
  type EventDetail,
  type ReceivedEmail,
  type TimelineEntry,
} from "./details";
