// Reads of the send history: the filtered list (staff), a user's own received e-mails, a delivery's
// detail and an event's deliveries. Each function takes the viewer and authorizes inside the query.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DeliveryStatus, Role } from "@/generated/prisma/enums";
import { startOfDay } from "@/lib/audit/queries";
import { db as defaultDb, type Database } from "@/lib/db";
import { assertReader } from "./access";
import type { HistoryCursor } from "./cursor";
import { emailOf, headersOf, readPersonal, type SentEmail } from "./email";
import type { HistoryFilters } from "./filters";
import { beyond, keysetPage, newestFirst, oldestFirst, type KeysetPage } from "./keyset";

export const HISTORY_PAGE_SIZE = 50;

interface Reader {
  id: string;
  role: Role;
  timeZone: string;
}

export const deliveryRowSelect = {
  id: true,
  createdAt: true,
  status: true,
  typeKey: true,
  categoryKey: true,
  recipientKind: true,
  email: true,
  name: true,
  mode: true,
  eventId: true,
  attemptCount: true,
  subject: true,
  sentAt: true,
  transport: true,
  lastError: true,
} satisfies Prisma.DeliverySelect;

export type DeliveryRow = Prisma.DeliveryGetPayload<{ select: typeof deliveryRowSelect }>;

/** The history's filters as a Prisma `where`; day bounds are read in `timeZone`. */
export function historyWhere(filters: HistoryFilters, timeZone: string): Prisma.DeliveryWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = startOfDay(filters.from, timeZone);
  if (filters.to) createdAt.lt = startOfDay(nextDay(filters.to), timeZone);
  return {
    ...(filters.type ? { typeKey: filters.type } : {}),
    ...(filters.category ? { categoryKey: filters.category } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.recipient ? { email: filters.recipient } : {}),
    ...(filters.event ? { eventId: filters.event } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function pageOf(
  db: Database,
  where: Prisma.DeliveryWhereInput,
  cursor: HistoryCursor | null,
  pageSize: number,
): Promise<KeysetPage<DeliveryRow>> {
  return keysetPage(
    {
      fetch: (direction, from, take) =>
        db.delivery.findMany({
          where: from ? { AND: [where, beyond(from, direction)] } : where,
          select: deliveryRowSelect,
          orderBy: direction === "older" ? newestFirst : oldestFirst,
          take,
        }),
      exists: async (direction, from) =>
        (await db.delivery.findFirst({
          where: { AND: [where, beyond(from, direction)] },
          select: { id: true },
        })) !== null,
    },
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

/** What reached the signed-in person: deliveries that left for them. */
export const RECEIVED_STATUSES: DeliveryStatus[] = ["SENT", "DELIVERED", "DELAYED", "BOUNCED", "COMPLAINED"];

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

export type TimelineEntry =
  | { kind: "created"; at: Date; availableAt: Date }
  | {
      kind: "attempt";
      at: Date;
      number: number;
      transport: string;
      outcome: "SENT" | "RETRY" | "FAILED";
      statusCode: number | null;
      providerMessageId: string | null;
      error: string | null;
      retryAt: Date | null;
      durationMs: number;
      workerId: string;
    }
  | { kind: "feedback"; at: Date; provider: string; type: string; receivedAt: Date };

export interface DeliveryDetail {
  delivery: DeliveryRow & {
    userId: string | null;
    contactId: string | null;
    locale: string;
    timeZone: string;
    reasons: Prisma.JsonValue;
    availableAt: Date;
    statusChangedAt: Date;
    idempotencyKey: string;
    messageId: string;
    providerMessageId: string | null;
  };
  event: {
    id: string;
    typeKey: string;
    payload: Prisma.JsonValue;
    origin: string;
    source: string | null;
    occurredAt: Date;
    dedupKey: string | null;
    duplicateCount: number;
  };
  timeline: TimelineEntry[];
  email: SentEmail | null;
  headers: [string, string][];
}

/** A delivery with its event, attempts, provider feedback and e-mail (ADMIN, AUDITOR); null if none. */
export async function getDeliveryDetail(
  viewer: Reader,
  id: string,
  db: Database = defaultDb,
): Promise<DeliveryDetail | null> {
  assertReader(viewer);
  const row = await db.delivery.findUnique({
    where: { id },
    select: {
      ...deliveryRowSelect,
      userId: true,
      contactId: true,
      locale: true,
      timeZone: true,
      reasons: true,
      availableAt: true,
      statusChangedAt: true,
      idempotencyKey: true,
      messageId: true,
      providerMessageId: true,
      personal: true,
      render: { select: { kind: true, content: true } },
      event: {
        select: {
          id: true,
          typeKey: true,
          payload: true,
          origin: true,
          source: true,
          occurredAt: true,
          dedupKey: true,
          duplicateCount: true,
        },
      },
      attempts: { orderBy: { number: "asc" } },
      feedback: {
        orderBy: { occurredAt: "asc" },
        select: { provider: true, type: true, occurredAt: true, receivedAt: true },
      },
    },
  });
  if (!row) return null;
  const { personal, render, event, attempts, feedback, ...delivery } = row;
  const email = emailOf(render, personal);
  const timeline: TimelineEntry[] = [
    { kind: "created" as const, at: delivery.createdAt, availableAt: delivery.availableAt },
    ...attempts.map((attempt) => ({
      kind: "attempt" as const,
      at: attempt.startedAt,
      number: attempt.number,
      transport: attempt.transport,
      outcome: attempt.outcome,
      statusCode: attempt.statusCode,
      providerMessageId: attempt.providerMessageId,
      error: attempt.error,
      retryAt: attempt.retryAt,
      durationMs: attempt.durationMs,
      workerId: attempt.workerId,
    })),
    ...feedback.map((item) => ({
      kind: "feedback" as const,
      at: item.occurredAt,
      provider: item.provider,
      type: item.type,
      receivedAt: item.receivedAt,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    delivery: { ...delivery, locale: delivery.locale === "pt_BR" ? "pt-BR" : "en" },
    event,
    timeline,
    email,
    headers: headersOf({
      ...delivery,
      subject: delivery.subject ?? email?.subject ?? null,
      // A digest is rendered whole (no personal parts in its e-mail), but its row stores them.
      personal: email?.personal ?? readPersonal(personal),
    }),
  };
}

export interface ReceivedEmail {
  id: string;
  typeKey: string;
  status: DeliveryStatus;
  createdAt: Date;
  sentAt: Date | null;
  subject: string | null;
  email: SentEmail | null;
}

/**
 * One of the viewer's own received e-mails; null when it does not exist or is someone else's (the
 * owner is part of the query, so another person's id reads exactly like an unknown one).
 */
export async function getReceivedEmail(
  viewer: Pick<Reader, "id">,
  id: string,
  db: Database = defaultDb,
): Promise<ReceivedEmail | null> {
  const row = await db.delivery.findFirst({
    where: { id, userId: viewer.id, status: { in: RECEIVED_STATUSES } },
    select: {
      id: true,
      typeKey: true,
      status: true,
      createdAt: true,
      sentAt: true,
      subject: true,
      personal: true,
      render: { select: { kind: true, content: true } },
    },
  });
  if (!row) return null;
  const { personal, render, ...rest } = row;
  return { ...rest, email: emailOf(render, personal) };
}

export interface EventDetail {
  event: {
    id: string;
    typeKey: string;
    payload: Prisma.JsonValue;
    origin: string;
    source: string | null;
    dedupKey: string | null;
    occurredAt: Date;
    createdAt: Date;
    recipientCount: number;
    duplicateCount: number;
    lastDuplicateAt: Date | null;
    extraRecipients: Prisma.JsonValue;
    createdBy: { id: string; name: string; email: string } | null;
    apiKey: { id: string; name: string } | null;
  };
  /** Per status with deliveries: how many, and the first few (by recipient address). */
  groups: { status: DeliveryStatus; count: number; deliveries: DeliveryRow[] }[];
}

/** Deliveries listed per status on the event page; the history lists the rest. */
export const EVENT_GROUP_LISTED = 50;

/** An event with its deliveries grouped by status (ADMIN, AUDITOR); null if none. */
export async function getEventDetail(
  viewer: Reader,
  id: string,
  db: Database = defaultDb,
): Promise<EventDetail | null> {
  assertReader(viewer);
  const event = await db.event.findUnique({
    where: { id },
    select: {
      id: true,
      typeKey: true,
      payload: true,
      origin: true,
      source: true,
      dedupKey: true,
      occurredAt: true,
      createdAt: true,
      recipientCount: true,
      duplicateCount: true,
      lastDuplicateAt: true,
      extraRecipients: true,
      createdBy: { select: { id: true, name: true, email: true } },
      apiKey: { select: { id: true, name: true } },
    },
  });
  if (!event) return null;
  // (eventId, status) is indexed: the counts and each status's first rows are index scans.
  const counts = await db.delivery.groupBy({
    by: ["status"],
    where: { eventId: id },
    _count: { _all: true },
  });
  const groups = await Promise.all(
    counts
      .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
      .map(async ({ status, _count }) => ({
        status,
        count: _count._all,
        deliveries: await db.delivery.findMany({
          where: { eventId: id, status },
          select: deliveryRowSelect,
          orderBy: [{ email: "asc" }, { id: "asc" }],
          take: EVENT_GROUP_LISTED,
        }),
      })),
  );
  return { event, groups };
}

/** Problems first, then work in progress, then what went out. */
const STATUS_ORDER: DeliveryStatus[] = [
  "FAILED",
  "BOUNCED",
  "COMPLAINED",
  "DELAYED",
  "SENDING",
  "QUEUED",
  "SENT",
  "DELIVERED",
  "SUPPRESSED",
  "CANCELLED",
];
