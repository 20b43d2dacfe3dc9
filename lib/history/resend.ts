// An administrator resends a delivery that went out: a new Delivery for the same event and recipient,
// with its own id (so a fresh idempotency key and Message-ID: the provider must not drop it as a
// repeat), queued now, audited in the same transaction. The original row is left as it was.
import "server-only";
import { randomBytes } from "node:crypto";
import type { DeliveryStatus, Role } from "@/generated/prisma/enums";
import type { AuditActor } from "@/lib/audit/record";
import { recordAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertWriter } from "./access";

/** Statuses of a delivery that left Herald, and so may be sent again. */
export const RESENDABLE: DeliveryStatus[] = ["SENT", "DELIVERED", "DELAYED", "BOUNCED", "COMPLAINED"];

/** A UUIDv7 (time-ordered, like the ids PostgreSQL rows get from Prisma's uuid(7)). */
export function uuidv7(now = Date.now()): string {
  const bytes = randomBytes(16);
  let ms = BigInt(now);
  for (let index = 5; index >= 0; index--) {
    bytes[index] = Number(ms & 0xffn);
    ms >>= 8n;
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The keys docs/dispatch.md derives from a delivery id. */
export function deliveryKeys(id: string) {
  return { idempotencyKey: `herald-${id}`, messageId: `${id}@${new URL(env.APP_URL).hostname}` };
}

export async function resendDelivery(db: Database, viewer: { role: Role }, actor: AuditActor, id: string) {
  assertWriter(viewer);
  return db.$transaction(async (tx) => {
    const original = await tx.delivery.findUnique({
      where: { id },
      select: {
        id: true,
        status: true,
        eventId: true,
        typeKey: true,
        categoryKey: true,
        recipientKind: true,
        userId: true,
        contactId: true,
        email: true,
        name: true,
        locale: true,
        timeZone: true,
        reasons: true,
      },
    });
    if (!original) throw new AppError("NOT_FOUND", "notFound");
    if (!RESENDABLE.includes(original.status)) throw new AppError("CONFLICT", "deliveryNotSent");
    const newId = uuidv7();
    const { id: _originalId, status: _status, reasons, ...recipient } = original;
    const created = await tx.delivery.create({
      data: {
        ...recipient,
        reasons: reasons ?? [],
        id: newId,
        // A resend goes now, whatever the recipient's digest choice: an administrator asked for it.
        mode: "IMMEDIATE",
        status: "QUEUED",
        ...deliveryKeys(newId),
      },
      select: { id: true, eventId: true, email: true },
    });
    await recordAudit(tx, actor, {
      action: "delivery.resend",
      targetType: "delivery",
      targetId: id,
      after: { resentAs: created.id, eventId: created.eventId, email: created.email },
    });
    return { id: created.id };
  });
}
