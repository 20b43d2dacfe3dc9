// The dispatch inputs: an event as the API and the dispatch form send it. The payload is only checked
// to be a JSON object here; enqueueEvent validates it against the type's own schema (so its errors
// name payload fields). Pure zod, no server-only: the OpenAPI registry and the form import it.
import { z } from "zod";

/** Events in one POST /api/v1/events/batch. */
export const MAX_BATCH_EVENTS = 100;

/** Recipients one event may name besides the subscribers. */
export const MAX_EXTRA_RECIPIENTS = 100;

export const extraRecipientSchema = z
  .union([
    z.strictObject({ userId: z.uuid().meta({ description: "A Herald user's id." }) }),
    z.strictObject({
      email: z
        .email()
        .max(254)
        .meta({ description: "Any address; a known user's or contact's settings apply." }),
    }),
  ])
  .meta({
    id: "EventRecipient",
    description: "Someone the event names besides the type's subscribers: `{ userId }` or `{ email }`.",
  });

const typeKey = z
  .string()
  .min(1)
  .max(200)
  .meta({ description: "The notification type's key.", examples: ["access-control.request-approved"] });

const payload = z.record(z.string(), z.unknown()).meta({
  description:
    "The type's payload, valid against its schema: `payloadSchema` of GET /catalog/{key}, with a sample.",
});

export const dedupKeySchema = z
  .string()
  .min(1)
  .max(200)
  .meta({
    description:
      "Events of the same type with the same key inside the type's window (10 minutes for events, 1 hour for " +
      "threshold alerts and reports) are counted on the first one, not e-mailed again. Threshold alerts are " +
      "deduplicated without a key too, by what they are about (the host, the certificates, the devices).",
    examples: ["request-4711"],
  });

/** How far ahead of Herald's clock an event's occurredAt may be. */
const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

export const eventInputSchema = z
  .strictObject({
    type: typeKey,
    payload,
    recipients: z.array(extraRecipientSchema).max(MAX_EXTRA_RECIPIENTS).optional(),
    dedupKey: dedupKeySchema.optional(),
    occurredAt: z.iso
      .datetime({ offset: true })
      // A clock a little ahead is tolerated; a date far in the future is a bug at the source, and it
      // would sort first in every list for years.
      .refine((value) => Date.parse(value) <= Date.now() + MAX_CLOCK_AHEAD_MS, "occurredAtFuture")
      .optional()
      .meta({
        description:
          "When it happened at the source (ISO 8601, at most a day ahead of Herald's clock); defaults to when " +
          "Herald received it.",
      }),
    source: z
      .string()
      .min(1)
      .max(120)
      .optional()
      .meta({ description: "The system that reported it.", examples: ["vault-eu-1"] }),
  })
  .meta({ id: "EventInput", description: "An event that Herald turns into e-mails." });
export type EventInput = z.output<typeof eventInputSchema>;

/** The API's event → enqueueEvent's input. */
export function toEnqueueInput(event: EventInput) {
  return {
    typeKey: event.type,
    payload: event.payload,
    recipients: event.recipients,
    dedupKey: event.dedupKey,
    occurredAt: event.occurredAt ? new Date(event.occurredAt) : undefined,
    source: event.source,
  };
}

/** A JSON object typed into the dispatch form arrives as text. */
const payloadFromForm = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
  z.record(z.string(), z.unknown(), { error: "invalidJson" }),
);

export const dispatchEventSchema = z.object({
  typeKey,
  payload: payloadFromForm,
  recipients: z.array(extraRecipientSchema).max(MAX_EXTRA_RECIPIENTS).default([]),
});
export type DispatchEventInput = z.input<typeof dispatchEventSchema>;

export const previewDispatchSchema = z.object({
  typeKey,
  recipients: z.array(extraRecipientSchema).max(MAX_EXTRA_RECIPIENTS).default([]),
});
export type PreviewDispatchInput = z.input<typeof previewDispatchSchema>;

/** The dispatch form's e-mail preview: the payload as the form holds it, and the extra recipients. */
export const previewDispatchEmailSchema = z.object({
  typeKey,
  payload: payloadFromForm,
  recipients: z.array(extraRecipientSchema).max(MAX_EXTRA_RECIPIENTS).default([]),
});
export type PreviewDispatchEmailInput = z.input<typeof previewDispatchEmailSchema>;
