// What a provider event does to a sent delivery. No "server-only": the webhook (lib/mail/feedback.ts)
// applies an event as it arrives, and the worker (lib/dispatch/worker/record.ts), when it records a
// send, applies the events that arrived while the delivery was still SENDING.
import type { DeliveryStatus } from "@/generated/prisma/enums";

/** What an event does to a sent delivery, and from which statuses it may. */
export const FEEDBACK_TRANSITIONS: Readonly<Record<string, { to: DeliveryStatus; from: DeliveryStatus[] }>> =
  {
    "email.delivered": { to: "DELIVERED", from: ["SENT", "DELAYED"] },
    "email.delivery_delayed": { to: "DELAYED", from: ["SENT"] },
    // A bounce or complaint says more than "delivered" (bounces can come after acceptance); nothing
    // moves a delivery back from BOUNCED or COMPLAINED, and a late "delivered" does not undo a bounce.
    "email.bounced": { to: "BOUNCED", from: ["SENT", "DELAYED", "DELIVERED"] },
    "email.complained": { to: "COMPLAINED", from: ["SENT", "DELAYED", "DELIVERED"] },
  };

/** The error a bounce leaves on its delivery. */
export function bounceError(message: string | null | undefined): string | null {
  return message ? `Bounced: ${message}`.slice(0, 1000) : null;
}

export interface FeedbackOutcome {
  status: DeliveryStatus;
  lastError: string | null;
}

/**
 * Where a delivery ends after `events` (oldest first) are applied to it from `start`, one after the
 * other with the same rules as the webhook; null when none of them moves it.
 */
export function replayFeedback(
  start: DeliveryStatus,
  events: readonly { type: string; bounceMessage?: string | null }[],
): FeedbackOutcome | null {
  let status = start;
  let lastError: string | null = null;
  for (const event of events) {
    const transition = FEEDBACK_TRANSITIONS[event.type];
    if (!transition || !transition.from.includes(status)) continue;
    status = transition.to;
    if (status === "BOUNCED") lastError = bounceError(event.bounceMessage) ?? lastError;
  }
  return status === start ? null : { status, lastError };
}
