// Reads of the send history's detail pages: a delivery with its event, attempts, feedback and e-mail,
// a user's own received e-mail, and an event with its deliveries by status. Each function takes the
// viewer and authorizes inside the query; null when there is no such row (for the viewer).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DeliveryStatus } from "@/generated/prisma/enums";
import { db as defaultDb, type Database } from "@/lib/db";
import { assertReader } from "./access";
import { emailOf, headersOf, readPersonal, type SentEmail } from "./email";
import { deliveryRowSelect, RECEIVED_STATUSES, type DeliveryRow, type Reader } from "./rows";

/** What both detail pages show of an event. */
const eventFactsSelect = {
  id: true,
  typeKey: true,
  payload: true,
  origin: true,
  source: true,
  occurredAt: true,
  dedupKey: true,
  duplicateCount: true,
} satisfies Prisma.EventSelect;

/** A delivery's e-mail as stored: its render (shared) and its personal parts. */
const storedEmailSelect = {
  personal: true,
  render: { select: { kind: true, content: true } },
} satisfies Prisma.DeliverySelect;

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
  | { kind: "feedback"; at: Date; provider: string; type: string; receivedAt: Date }
  /** An administrator's retry (its audit entry): the attempts after it are a new series. */
  | { kind: "retried"; at: Date; by: string };

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
  event: Prisma.EventGetPayload<{ select: typeof eventFactsSelect }>;
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
      ...storedEmailSelect,
      event: { select: eventFactsSelect },
      attempts: { orderBy: { number: "asc" } },
      feedback: {
        orderBy: { occurredAt: "asc" },
        select: { provider: true, type: true, occurredAt: true, receivedAt: true },
      },
    },
  });
  if (!row) return null;
  const retries = await db.auditLog.findMany({
    where: { targetType: "delivery", targetId: id, action: "delivery.retry" },
    select: { createdAt: true, actorLabel: true },
  });
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
    ...retries.map((retry) => ({ kind: "retried" as const, at: retry.createdAt, by: retry.actorLabel })),
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
      ...storedEmailSelect,
    },
  });
  if (!row) return null;
  const { personal, render, ...rest } = row;
  return { ...rest, email: emailOf(render, personal) };
}

const eventDetailSelect = {
  ...eventFactsSelect,
  createdAt: true,
  recipientCount: true,
  lastDuplicateAt: true,
  extraRecipients: true,
  createdBy: { select: { id: true, name: true, email: true } },
  apiKey: { select: { id: true, name: true } },
} satisfies Prisma.EventSelect;

export interface EventDetail {
  event: Prisma.EventGetPayload<{ select: typeof eventDetailSelect }>;
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
  const event = await db.event.findUnique({ where: { id }, select: eventDetailSelect });
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
