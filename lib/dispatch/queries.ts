// Reads of dispatch: who a dispatch would reach (the form's preview), and the events API's reads of
// an event and of the delivery history. Each takes the reader first and authorizes inside.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DeliveriesQuery, DeliveryDto, EventDto } from "@/lib/api/operations/events";
import { ADMIN_ONLY, STAFF, authorize, type Reader } from "@/lib/auth/roles";
import { findType } from "@/lib/catalog/definitions";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { decodeHistoryCursor, encodeHistoryCursor } from "@/lib/history/cursor";
import { beyond, newestFirst } from "@/lib/history/keyset";
import { toAppLocale } from "@/lib/i18n/locales";
import { resolveRecipients, type ExtraRecipient } from "@/lib/subscriptions/resolve-recipients";
import type { ResolvedRecipient } from "@/lib/subscriptions/types";

/** The dispatch form lists this many recipients; the count covers them all. */
export const PREVIEW_LIMIT = 200;

export interface DispatchPreview {
  typeKey: string;
  mandatory: boolean;
  /** Critical and mandatory types ignore quiet hours. */
  ignoresQuietHours: boolean;
  count: number;
  /** The first PREVIEW_LIMIT recipients (by name), each with the reasons they get it. */
  recipients: ResolvedRecipient[];
}

/** Who a dispatch of the type would reach now, and why (the [2/8] resolver); ADMIN. */
export async function previewRecipients(
  viewer: Reader,
  input: { typeKey: string; extraRecipients?: ExtraRecipient[] },
  db: DbOrTx = defaultDb,
): Promise<DispatchPreview> {
  authorize(viewer, ADMIN_ONLY);
  const type = findType(input.typeKey);
  if (!type) throw new AppError("NOT_FOUND", "unknownCatalogKey", { typeKey: ["unknownCatalogKey"] });
  const recipients = await resolveRecipients(db, input);
  return {
    typeKey: type.key,
    mandatory: type.mandatory,
    ignoresQuietHours: type.mandatory || type.severity === "critical",
    count: recipients.length,
    recipients: recipients.slice(0, PREVIEW_LIMIT),
  };
}

/** An event with its deliveries counted by status (staff, or a key with deliveries:read); null if none. */
export async function getEvent(
  reader: Reader,
  { id }: { id: string },
  db: DbOrTx = defaultDb,
): Promise<EventDto | null> {
  authorize(reader, STAFF, "deliveries:read");
  const event = await db.event.findUnique({
    where: { id },
    select: {
      id: true,
      typeKey: true,
      origin: true,
      source: true,
      dedupKey: true,
      occurredAt: true,
      createdAt: true,
      payload: true,
      recipientCount: true,
      duplicateCount: true,
      lastDuplicateAt: true,
    },
  });
  if (!event) return null;
  const counts = await db.delivery.groupBy({
    by: ["status"],
    where: { eventId: id },
    _count: { _all: true },
  });
  return {
    id: event.id,
    type: event.typeKey,
    category: findType(event.typeKey)?.categoryKey ?? "",
    origin: event.origin,
    source: event.source,
    dedupKey: event.dedupKey,
    occurredAt: event.occurredAt.toISOString(),
    createdAt: event.createdAt.toISOString(),
    payload: event.payload as Record<string, unknown>,
    recipientCount: event.recipientCount,
    duplicateCount: event.duplicateCount,
    lastDuplicateAt: event.lastDuplicateAt?.toISOString() ?? null,
    deliveries: Object.fromEntries(counts.map((row) => [row.status, row._count._all])),
  };
}

const deliverySelect = {
  id: true,
  eventId: true,
  typeKey: true,
  categoryKey: true,
  status: true,
  recipientKind: true,
  email: true,
  name: true,
  userId: true,
  contactId: true,
  mode: true,
  locale: true,
  subject: true,
  availableAt: true,
  attemptCount: true,
  transport: true,
  providerMessageId: true,
  messageId: true,
  lastError: true,
  sentAt: true,
  statusChangedAt: true,
  createdAt: true,
} satisfies Prisma.DeliverySelect;

type DeliveryRow = Prisma.DeliveryGetPayload<{ select: typeof deliverySelect }>;

function toDeliveryDto(row: DeliveryRow): DeliveryDto {
  return {
    id: row.id,
    eventId: row.eventId,
    type: row.typeKey,
    category: row.categoryKey,
    status: row.status,
    recipient: {
      kind: row.recipientKind,
      email: row.email,
      name: row.name,
      userId: row.userId,
      contactId: row.contactId,
    },
    mode: row.mode,
    locale: toAppLocale(row.locale),
    subject: row.subject,
    availableAt: row.availableAt.toISOString(),
    attemptCount: row.attemptCount,
    transport: row.transport,
    providerMessageId: row.providerMessageId,
    messageId: row.messageId,
    lastError: row.lastError,
    sentAt: row.sentAt?.toISOString() ?? null,
    statusChangedAt: row.statusChangedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * One page of deliveries, newest first, keyset-paged on (createdAt, id) (the history's cursor and
 * index: one index range scan however deep the page). BAD_REQUEST for a cursor that is not ours.
 */
export async function listDeliveryPage(
  reader: Reader,
  query: DeliveriesQuery,
  db: DbOrTx = defaultDb,
): Promise<{ data: DeliveryDto[]; nextCursor: string | null }> {
  authorize(reader, STAFF, "deliveries:read");
  const cursor = query.cursor ? decodeHistoryCursor(query.cursor) : null;
  if (query.cursor && (!cursor || cursor.direction !== "older")) {
    throw new AppError("BAD_REQUEST", "Invalid query parameters", { cursor: ["Not a cursor this API gave"] });
  }
  const createdAt: Prisma.DateTimeFilter = {};
  if (query.from) createdAt.gte = new Date(query.from);
  if (query.to) createdAt.lt = new Date(query.to);
  const where: Prisma.DeliveryWhereInput = {
    ...(query.type ? { typeKey: query.type } : {}),
    ...(query.category ? { categoryKey: query.category } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.recipient ? { email: query.recipient } : {}),
    ...(query.event ? { eventId: query.event } : {}),
    ...(query.from || query.to ? { createdAt } : {}),
  };
  const rows = await db.delivery.findMany({
    where: cursor ? { AND: [where, beyond(cursor, "older")] } : where,
    select: deliverySelect,
    orderBy: newestFirst,
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(toDeliveryDto),
    nextCursor:
      rows.length > query.limit && last
        ? encodeHistoryCursor({ direction: "older", createdAt: last.createdAt, id: last.id })
        : null,
  };
}
