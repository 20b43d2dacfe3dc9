// The events API (events in) and the delivery reads: zod schemas that validate the requests and
// document them and the answers in the OpenAPI document, and the operations. No server-only: schemas
// and shapes only.
import { z } from "zod";
import { DeliveryStatus, EventOrigin } from "@/generated/prisma/enums";
import { findCategory, findType } from "@/lib/catalog/definitions";
import { MAX_BATCH_EVENTS, eventInputSchema } from "@/lib/dispatch/schemas";
import { defineOperation } from "./types";

/** One event's body; a batch's is MAX_BATCH_EVENTS of them at most (2 MB). */
export const MAX_EVENT_BYTES = 256 * 1024;
export const MAX_BATCH_BYTES = 2 * 1024 * 1024;
/** Deliveries per page of GET /deliveries. */
export const DELIVERY_PAGE_DEFAULT = 50;
export const DELIVERY_PAGE_MAX = 200;

const timestamp = z.iso.datetime({ offset: true });

export const eventAcceptedSchema = z
  .object({
    eventId: z.uuid().meta({ description: "The event (for a duplicate: the original it was counted on)." }),
    deliveryCount: z
      .int()
      .nonnegative()
      .meta({ description: "E-mails queued by this request (0 for a duplicate)." }),
    duplicate: z.boolean().meta({
      description:
        "True when dedup counted the event on an earlier one with the same key instead of e-mailing it.",
    }),
  })
  .meta({ id: "EventAccepted" });
export type EventAcceptedDto = z.output<typeof eventAcceptedSchema>;

export const createEventResponseSchema = z.object({ data: eventAcceptedSchema });

export const eventBatchSchema = z
  .strictObject({ events: z.array(eventInputSchema).min(1).max(MAX_BATCH_EVENTS) })
  .meta({ id: "EventBatch" });
export const createEventBatchResponseSchema = z.object({
  data: z.array(eventAcceptedSchema).meta({ description: "One result per event, in the request's order." }),
});

export const eventParamsSchema = z.object({ id: z.uuid().meta({ description: "The event's id." }) });

const deliveryStatus = z.enum(DeliveryStatus);

export const eventSchema = z
  .object({
    id: z.uuid(),
    type: z.string(),
    category: z.string(),
    origin: z
      .enum(EventOrigin)
      .meta({ description: "API, UI (dispatched by an administrator), SYSTEM or TEST." }),
    source: z.string().nullable(),
    dedupKey: z
      .string()
      .nullable()
      .meta({ description: "The caller's key, or `auto:…` for a threshold alert." }),
    occurredAt: timestamp,
    createdAt: timestamp,
    payload: z.record(z.string(), z.unknown()),
    recipientCount: z.int().nonnegative(),
    duplicateCount: z.int().nonnegative().meta({ description: "Later events counted on this one by dedup." }),
    lastDuplicateAt: timestamp.nullable(),
    deliveries: z.record(z.string(), z.int().nonnegative()).meta({
      description: "How many of its deliveries are in each status (statuses with none are left out).",
    }),
  })
  .meta({ id: "Event" });
export type EventDto = z.output<typeof eventSchema>;
export const getEventResponseSchema = z.object({ data: eventSchema });

export const deliverySchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    type: z.string(),
    category: z.string(),
    status: deliveryStatus,
    recipient: z.object({
      kind: z.enum(["USER", "CONTACT", "ADDRESS"]),
      email: z.string(),
      name: z.string(),
      userId: z.uuid().nullable(),
      contactId: z.uuid().nullable(),
    }),
    mode: z.enum(["IMMEDIATE", "DIGEST"]),
    locale: z.enum(["en", "pt-BR"]),
    subject: z.string().nullable().meta({ description: "Known once the e-mail has been rendered." }),
    availableAt: timestamp.meta({
      description: "When it may leave (digest hour, end of quiet hours, back-off).",
    }),
    attemptCount: z.int().nonnegative(),
    transport: z.enum(["MAILBOX", "SMTP", "RESEND"]).nullable(),
    providerMessageId: z.string().nullable(),
    messageId: z.string(),
    lastError: z.string().nullable(),
    sentAt: timestamp.nullable(),
    statusChangedAt: timestamp,
    createdAt: timestamp,
  })
  .meta({ id: "Delivery" });
export type DeliveryDto = z.output<typeof deliverySchema>;

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

export const deliveriesQuerySchema = z.object({
  type: optionalText(200)
    .refine((key) => key === undefined || Boolean(findType(key)), "unknownCatalogKey")
    .meta({ description: "Only this notification type.", examples: ["access-control.request-approved"] }),
  category: optionalText(200)
    .refine((key) => key === undefined || Boolean(findCategory(key)), "unknownCatalogKey")
    .meta({ description: "Only types of this category." }),
  status: deliveryStatus.optional().meta({ description: "Only deliveries in this status." }),
  recipient: z
    .email()
    .max(254)
    .transform((email) => email.toLowerCase())
    .optional()
    .meta({ description: "Only deliveries to this address (exact, case-insensitive)." }),
  event: z.uuid().optional().meta({ description: "Only the deliveries of this event." }),
  from: timestamp.optional().meta({ description: "Created at or after this instant (ISO 8601)." }),
  to: timestamp.optional().meta({ description: "Created before this instant (ISO 8601)." }),
  cursor: optionalText(96).meta({ description: "`nextCursor` of the previous page." }),
  limit: z.coerce
    .number<string>()
    .int()
    .min(1)
    .max(DELIVERY_PAGE_MAX)
    .default(DELIVERY_PAGE_DEFAULT)
    .meta({ description: `Deliveries per page (1–${DELIVERY_PAGE_MAX}).` }),
});
export type DeliveriesQuery = z.output<typeof deliveriesQuerySchema>;

export const deliveriesResponseSchema = z.object({
  data: z.array(deliverySchema).meta({ description: "Newest first." }),
  nextCursor: z
    .string()
    .nullable()
    .meta({ description: "Pass as `cursor` for the next (older) page; null on the last page." }),
});

const idempotency = "Send an `Idempotency-Key` header to retry safely (see its parameter).";

export const eventOperations = [
  defineOperation({
    id: "createEvent",
    method: "post",
    path: "/events",
    tag: "Events",
    summary: "Send an event",
    description:
      "Validates the payload against the type's schema, applies dedup, and queues one e-mail per recipient (the type's " +
      "subscribers plus `recipients`), all in one transaction; the e-mails leave within a second (digest items at the " +
      "recipient's digest hour, non-critical ones after their quiet hours). " +
      "A recipient whose address is suppressed (a hard bounce, a complaint) gets a SUPPRESSED delivery, counted in " +
      "`deliveryCount` and never sent. " +
      `${idempotency} 400: invalid body or payload (\`details\` by field, e.g. \`payload.host.name\`, or ` +
      `\`recipients.0.userId\` for a user id that names nobody); 404: unknown type; 413: body over ` +
      `${MAX_EVENT_BYTES / 1024} KB.`,
    scope: "events:write",
    body: eventInputSchema,
    maxBodyBytes: MAX_EVENT_BYTES,
    idempotencyKey: true,
    response: createEventResponseSchema,
    successStatus: 202,
    errors: [400, 401, 403, 404, 409, 413, 429],
  }),
  defineOperation({
    id: "createEventBatch",
    method: "post",
    path: "/events/batch",
    tag: "Events",
    summary: "Send up to 100 events at once",
    description:
      "All or nothing: every event is validated first, and if any is invalid the whole batch is refused (400, or 404 " +
      "when the only problems are unknown types) with `details` keyed `events.<index>.…`, and nothing is queued; " +
      "otherwise all are queued in one transaction and the answer lists one result per event, in order. Dedup applies " +
      `within the batch too. ${idempotency} 413: body over ${MAX_BATCH_BYTES / 1024 / 1024} MB.`,
    scope: "events:write",
    body: eventBatchSchema,
    maxBodyBytes: MAX_BATCH_BYTES,
    idempotencyKey: true,
    response: createEventBatchResponseSchema,
    successStatus: 202,
    errors: [400, 401, 403, 404, 409, 413, 429],
  }),
  defineOperation({
    id: "getEvent",
    method: "get",
    path: "/events/{id}",
    tag: "Events",
    summary: "Get an event and where its deliveries stand",
    scope: "deliveries:read",
    pathParams: eventParamsSchema,
    response: getEventResponseSchema,
    errors: [401, 403, 404, 429],
  }),
  defineOperation({
    id: "listDeliveries",
    method: "get",
    path: "/deliveries",
    tag: "Events",
    summary: "List deliveries (the send history)",
    description:
      "Newest first, filtered, in pages that stay fast however deep they go (keyset paging: follow `nextCursor`).",
    scope: "deliveries:read",
    query: deliveriesQuerySchema,
    response: deliveriesResponseSchema,
    errors: [400, 401, 403, 429],
  }),
] as const;
