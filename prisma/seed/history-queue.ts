// The demo queue's present: what a fresh install finds still waiting, so the dashboard's queue and
// oldest-item cards have something to show.
import type { Prisma } from "@/generated/prisma/client";
import { findType } from "@/lib/catalog/definitions";
import { availability } from "@/lib/dispatch/available-at";
import type { ResolvedRecipient } from "@/lib/subscriptions/types";
import type { TypeKey } from "@/lib/templates/payloads";
import { deliveryColumns, uuidAt, type generator } from "./history-rows";

/**
 * Still in the queue: of the newest event of a type a digest may hold, two deliveries claimed right
 * now and four digest items waiting for their recipient's next digest hour (computed as enqueue does).
 */
export function queueTail(
  timeline: { typeKey: TypeKey }[],
  events: Prisma.EventCreateManyInput[],
  reach: Map<TypeKey, ResolvedRecipient[]>,
  suppressedAt: Map<string, number>,
  { now, host, random }: { now: Date; host: string; random: ReturnType<typeof generator> },
): Prisma.DeliveryCreateManyInput[] {
  const index = timeline.findLastIndex(({ typeKey }) => !findType(typeKey)!.mandatory);
  if (index < 0) return [];
  const event = events[index]!;
  const type = findType(event.typeKey)!;
  return reach
    .get(event.typeKey as TypeKey)!
    .filter((recipient) => !suppressedAt.has(recipient.email.toLowerCase()))
    .slice(0, 6)
    .map((recipient, position) => {
      const queuedMs = now.getTime() - 15 * 60_000 + position;
      const id = uuidAt(queuedMs, random.next);
      const sending = position < 2;
      const digest = { ...recipient, mode: "DIGEST" as const };
      const digestAt = availability({ now: new Date(queuedMs), quietHours: null })(digest)!;
      return {
        ...deliveryColumns(id, host, event.id!, type, recipient),
        mode: sending ? "IMMEDIATE" : "DIGEST",
        status: sending ? "SENDING" : "QUEUED",
        attemptCount: 0,
        availableAt: sending ? new Date(queuedMs) : new Date(digestAt),
        leaseUntil: sending ? new Date(now.getTime() + 60_000) : null,
        leasedBy: sending ? "worker-1" : null,
        createdAt: new Date(queuedMs),
        statusChangedAt: new Date(queuedMs),
      } satisfies Prisma.DeliveryCreateManyInput;
    });
}
