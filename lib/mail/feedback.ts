import "server-only";
import type { DeliveryStatus, SuppressionReason } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/db/client";
import { isUuid } from "@/lib/validation/uuid";
import { bounceError, FEEDBACK_TRANSITIONS } from "./transitions";
import type { ResendEvent } from "./webhooks";

export type FeedbackResult =
  | { duplicate: true }
  | {
      duplicate: false;
      deliveryId: string | null;
      /** The status the delivery moved to, or null when it stayed (unknown delivery, no transition). */
      status: DeliveryStatus | null;
      suppressed: string | null;
    };

/**
 * Applies one verified Resend event, once: the ProviderEvent row (keyed by the webhook's id) makes a
 * replay a no-op, in the same transaction as the status change and the suppression.
 *
 * An event can outrun the worker recording the send (the delivery is still SENDING): it is stored
 * linked to the delivery and changes nothing here; the worker applies it when it records SENT
 * (lib/dispatch/worker/record.ts). The delivery's row is locked first so that the two cannot miss
 * each other: either the worker's record commits before this transaction's status change reads the
 * row (and sees SENT), or it waits for this transaction and its follow-up read sees the event.
 */
export async function applyResendEvent(
  db: Database,
  input: { id: string; event: ResendEvent; payload: Prisma.InputJsonValue; now?: Date },
): Promise<FeedbackResult> {
  const { event } = input;
  const emailId = event.data.email_id;
  const tagged = event.data.tags?.delivery_id;
  const occurredAt =
    parseDate(event.data.created_at) ?? parseDate(event.created_at) ?? input.now ?? new Date();

  return db.$transaction(async (tx) => {
    // By Resend's id first; by Herald's tag when the webhook outran the worker recording that id (its
    // transport then not yet recorded). A delivery another transport sent is never Resend's to change.
    const delivery =
      (emailId
        ? await tx.delivery.findFirst({
            where: { providerMessageId: emailId, transport: "RESEND" },
            select: { id: true, email: true },
          })
        : null) ??
      (isUuid(tagged)
        ? await tx.delivery.findFirst({
            where: { id: tagged, OR: [{ transport: "RESEND" }, { transport: null }] },
            select: { id: true, email: true },
          })
        : null);

    if (delivery) await tx.$executeRaw`SELECT 1 FROM "Delivery" WHERE id = ${delivery.id}::uuid FOR UPDATE`;

    const inserted = await tx.providerEvent.createMany({
      data: [
        {
          id: input.id,
          provider: "RESEND",
          type: event.type,
          providerMessageId: emailId ?? null,
          deliveryId: delivery?.id ?? null,
          payload: input.payload,
          occurredAt,
        },
      ],
      skipDuplicates: true,
    });
    if (inserted.count === 0) return { duplicate: true };

    let status: DeliveryStatus | null = null;
    const transition = FEEDBACK_TRANSITIONS[event.type];
    if (delivery && transition) {
      const moved = await tx.delivery.updateMany({
        where: { id: delivery.id, status: { in: transition.from } },
        data: {
          status: transition.to,
          statusChangedAt: input.now ?? new Date(),
          ...(transition.to === "BOUNCED" && event.data.bounce?.message
            ? { lastError: bounceError(event.data.bounce.message) }
            : {}),
        },
      });
      if (moved.count > 0) status = transition.to;
    }

    const reason = suppressionReason(event);
    const address = normalizeAddress(delivery?.email ?? firstRecipient(event.data.to));
    let suppressed: string | null = null;
    if (reason && address) {
      // An address already suppressed keeps its first reason (a manual block stays manual).
      await tx.suppression.createMany({
        data: [{ email: address, reason, note: suppressionNote(event) }],
        skipDuplicates: true,
      });
      suppressed = address;
    }
    return { duplicate: false, deliveryId: delivery?.id ?? null, status, suppressed };
  });
}

/** A hard bounce (Resend: bounce.type "Permanent") or a complaint suppresses the address. */
function suppressionReason(event: ResendEvent): SuppressionReason | null {
  if (event.type === "email.complained") return "COMPLAINT";
  if (event.type === "email.bounced" && event.data.bounce?.type?.toLowerCase() === "permanent")
    return "HARD_BOUNCE";
  return null;
}

function suppressionNote(event: ResendEvent): string {
  const bounce = event.data.bounce;
  const parts = [bounce?.subType, bounce?.message].filter(Boolean);
  return (parts.length > 0 ? `Resend: ${parts.join(" — ")}` : `Resend: ${event.type}`).slice(0, 1000);
}

function firstRecipient(to: string | string[] | undefined): string | undefined {
  return Array.isArray(to) ? to[0] : to;
}

/** "Ana <Ana@Bank.example>" → "ana@bank.example"; null when it is not an address. */
function normalizeAddress(value: string | undefined): string | null {
  if (!value) return null;
  const address = (value.match(/<([^<>]+)>\s*$/)?.[1] ?? value).trim().toLowerCase();
  return /^[^\s@<>]+@[^\s@<>]+$/.test(address) && address.length <= 320 ? address : null;
}

/** Earliest and latest plausible event times; anything else (or garbage) is "now". */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST_AHEAD_MS = 24 * 60 * 60 * 1000;

function parseDate(value: string | undefined): Date | null {
  if (!value) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time) || time < EARLIEST || time > Date.now() + LATEST_AHEAD_MS) return null;
  return new Date(time);
}
