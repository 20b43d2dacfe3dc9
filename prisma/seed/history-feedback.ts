// What Resend told Herald after a demo send, and what that changed, as lib/mail/feedback.ts applies a
// webhook: the ProviderEvent (linked to its delivery), the delivery's status and bounce error, and for
// a hard bounce or a complaint the address's Suppression, written when the webhook lands.
import type { Prisma } from "@/generated/prisma/client";
import type { DeliveryStatus } from "@/generated/prisma/enums";
import { bounceError, FEEDBACK_TRANSITIONS } from "@/lib/mail/transitions";
import { uuidAt } from "./history-rows";

/** Resend's bounce details: a permanent one suppresses the address, a transient one does not. */
const BOUNCES = {
  HARD: {
    type: "Permanent",
    subType: "General",
    message: "550 5.1.1 The email account that you tried to reach does not exist.",
  },
  SOFT: {
    type: "Transient",
    subType: "MailboxFull",
    message: "452 4.2.2 The email account that you tried to reach is over quota.",
  },
} as const;

export type Feedback = "DELIVERED" | "DELAYED" | "SOFT_BOUNCE" | "HARD_BOUNCE" | "COMPLAINT";

const EVENT_TYPES: Record<Feedback, string> = {
  DELIVERED: "email.delivered",
  DELAYED: "email.delivery_delayed",
  SOFT_BOUNCE: "email.bounced",
  HARD_BOUNCE: "email.bounced",
  COMPLAINT: "email.complained",
};

/** Seconds from the send to Resend's event, and from the event to its webhook landing. */
const EVENT_AFTER_MS = 40_000;
const WEBHOOK_AFTER_MS = 1_000;

export interface FeedbackRows {
  status: DeliveryStatus;
  lastError: string | null;
  statusChangedMs: number;
  event: Prisma.ProviderEventCreateManyInput;
  suppression: Prisma.SuppressionCreateManyInput | null;
}

export function feedbackRows(
  feedback: Feedback,
  delivery: { id: string; email: string; providerMessageId: string; sentMs: number },
  random: () => number,
): FeedbackRows {
  const type = EVENT_TYPES[feedback];
  const occurredMs = delivery.sentMs + EVENT_AFTER_MS;
  const receivedMs = occurredMs + WEBHOOK_AFTER_MS;
  const bounce =
    feedback === "HARD_BOUNCE" ? BOUNCES.HARD : feedback === "SOFT_BOUNCE" ? BOUNCES.SOFT : undefined;
  const reason = feedback === "HARD_BOUNCE" || feedback === "COMPLAINT" ? feedback : null;
  return {
    status: FEEDBACK_TRANSITIONS[type]!.to,
    lastError: bounce ? bounceError(bounce.message) : null,
    statusChangedMs: receivedMs,
    event: {
      id: `msg_${uuidAt(receivedMs, random).replace(/-/g, "")}`,
      provider: "RESEND",
      type,
      providerMessageId: delivery.providerMessageId,
      deliveryId: delivery.id,
      payload: {
        type,
        created_at: new Date(occurredMs).toISOString(),
        data: {
          email_id: delivery.providerMessageId,
          to: [delivery.email],
          created_at: new Date(occurredMs).toISOString(),
          ...(bounce ? { bounce } : {}),
        },
      },
      occurredAt: new Date(occurredMs),
      receivedAt: new Date(receivedMs),
    },
    // The note as lib/mail/feedback.ts words it (suppressionNote).
    suppression: reason
      ? {
          email: delivery.email,
          reason,
          note: bounce ? `Resend: ${bounce.subType} — ${bounce.message}` : `Resend: ${type}`,
          createdAt: new Date(receivedMs),
        }
      : null,
  };
}

/** When a suppression written for a delivery sent at `sentMs` takes effect. */
export function suppressedFrom(sentMs: number): number {
  return sentMs + EVENT_AFTER_MS + WEBHOOK_AFTER_MS;
}
