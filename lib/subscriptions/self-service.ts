import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { maySelfSubscribe } from "./policy";
import type { QuietWindow } from "./quiet-hours";
import { assertAllowedForType, writePreference } from "./preferences";
import { recipientDeliveries } from "./deliveries";
import { inTransaction, type DbOrTx } from "@/lib/db/transaction";
import { requireType } from "./subjects";
import { applySubscriptionSet, readSubscriptionSet } from "./subscription-set";
import type { DeliveryMode, TypeDelivery } from "./types";

// What a signed-in person may change about their own notifications. The actor is always the person.

export interface Me {
  id: string;
  role: Role;
}

/**
 * "Receive this type": the one switch of My notifications.
 * - on:  unmute it; if nothing reaches me, add my own subscription (refused for restricted types);
 * - off: if my own subscription to this type is the only path, remove it; otherwise mute it.
 * Mandatory types cannot be turned off (409). Returns the type's resulting delivery.
 */
export async function setMyDelivery(
  db: DbOrTx,
  actor: AuditActor,
  me: Me,
  typeKey: string,
  receive: boolean,
): Promise<TypeDelivery> {
  const type = requireType(typeKey);
  return inTransaction(db, async (tx) => {
    const current = await deliveryOf(tx, me.id, typeKey);
    const recipient = { kind: "user" as const, id: me.id };
    if (receive) {
      if (current.muted) await writePreference(tx, actor, recipient, typeKey, { muted: false });
      if (current.paths.length === 0) {
        if (!maySelfSubscribe(me.role, typeKey))
          throw new AppError("FORBIDDEN", "restrictedType", { typeKey: [typeKey] });
        await subscribeMe(tx, actor, me.id, typeKey, current.preference?.mode ?? "IMMEDIATE");
      }
    } else if (current.delivered) {
      if (type.mandatory) throw new AppError("CONFLICT", "mandatoryTypeLocked", { typeKey: [typeKey] });
      const onlyOwnTypePath = current.paths.length === 1 && current.ownTypeSubscription;
      if (onlyOwnTypePath) await unsubscribeMe(tx, actor, me.id, typeKey);
      else await writePreference(tx, actor, recipient, typeKey, { muted: true });
    }
    return deliveryOf(tx, me.id, typeKey);
  });
}

/** My delivery mode for a type: immediate, daily digest, or (null) as subscribed. */
export async function setMyMode(
  db: DbOrTx,
  actor: AuditActor,
  me: Me,
  typeKey: string,
  mode: DeliveryMode | null,
) {
  assertAllowedForType(typeKey, { mode });
  return inTransaction(db, async (tx) => {
    await writePreference(tx, actor, { kind: "user", id: me.id }, typeKey, { mode });
    return deliveryOf(tx, me.id, typeKey);
  });
}

/** The local hour of my daily digest (`user.digest-hour.update`). */
export async function setMyDigestHour(db: DbOrTx, actor: AuditActor, me: Me, digestHour: number) {
  return inTransaction(db, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: me.id }, select: { digestHour: true } });
    if (!user) throw new AppError("NOT_FOUND", "notFound");
    if (user.digestHour === digestHour) return { digestHour };
    await tx.user.update({ where: { id: me.id }, data: { digestHour } });
    await recordAudit(tx, actor, {
      action: "user.digest-hour.update",
      targetType: "user",
      targetId: me.id,
      before: { digestHour: user.digestHour },
      after: { digestHour },
    });
    return { digestHour };
  });
}

/** My quiet hours, both minutes or both null (`user.quiet-hours.update`). */
export async function setMyQuietHours(db: DbOrTx, actor: AuditActor, me: Me, window: QuietWindow) {
  return inTransaction(db, async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: me.id },
      select: { quietStart: true, quietEnd: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "notFound");
    if (before.quietStart === window.quietStart && before.quietEnd === window.quietEnd) return window;
    await tx.user.update({ where: { id: me.id }, data: window });
    await recordAudit(tx, actor, {
      action: "user.quiet-hours.update",
      targetType: "user",
      targetId: me.id,
      before,
      after: window,
    });
    return window;
  });
}

async function deliveryOf(db: DbOrTx, userId: string, typeKey: string): Promise<TypeDelivery> {
  const deliveries = await recipientDeliveries(db, { kind: "user", id: userId });
  const delivery = deliveries.find((d) => d.typeKey === typeKey);
  if (!delivery) throw new AppError("NOT_FOUND", "unknownCatalogKey", { keys: [typeKey] });
  return delivery;
}

async function subscribeMe(
  tx: Transaction,
  actor: AuditActor,
  userId: string,
  typeKey: string,
  mode: DeliveryMode,
) {
  const subject = { kind: "user" as const, id: userId };
  const current = await readSubscriptionSet(tx, subject);
  await applySubscriptionSet(tx, subject, [...current, { typeKey, mode }]);
  await recordAudit(tx, actor, {
    action: "subscription.create",
    targetType: "user",
    targetId: userId,
    before: null,
    after: { typeKey, mode, selfService: true },
  });
}

async function unsubscribeMe(tx: Transaction, actor: AuditActor, userId: string, typeKey: string) {
  const subject = { kind: "user" as const, id: userId };
  const current = await readSubscriptionSet(tx, subject);
  const existing = current.find((entry) => "typeKey" in entry && entry.typeKey === typeKey);
  await applySubscriptionSet(
    tx,
    subject,
    current.filter((entry) => entry !== existing),
  );
  await recordAudit(tx, actor, {
    action: "subscription.delete",
    targetType: "user",
    targetId: userId,
    before: existing ?? null,
    after: null,
  });
}
