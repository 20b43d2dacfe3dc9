import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { insertOrConflict } from "./subscription-set";
import { inTransaction, type DbOrTx } from "@/lib/db/transaction";
import { loadSubject, requireType } from "./subjects";
import type { DeliveryMode, PreferenceEntry, RecipientRef } from "./types";

export interface PreferenceChange {
  muted?: boolean;
  /** null: back to the subscriptions' mode. */
  mode?: DeliveryMode | null;
}

function recipientColumns(recipient: RecipientRef) {
  return recipient.kind === "user" ? { userId: recipient.id } : { contactId: recipient.id };
}

/** Mandatory types can be neither muted nor delayed to a digest, by anyone, through any channel. */
export function assertAllowedForType(
  typeKey: string,
  preference: { muted?: boolean; mode?: DeliveryMode | null },
) {
  const type = requireType(typeKey);
  if (type.mandatory && (preference.muted === true || preference.mode === "DIGEST")) {
    throw new AppError("CONFLICT", "mandatoryTypeLocked", { typeKey: [typeKey] });
  }
  return type;
}

export async function readPreferences(db: DbOrTx, recipient: RecipientRef): Promise<PreferenceEntry[]> {
  const rows = await db.preference.findMany({
    where: recipientColumns(recipient),
    select: { typeKey: true, muted: true, mode: true },
    orderBy: { typeKey: "asc" },
  });
  return rows;
}

/**
 * Sets a recipient's own choice for one type (`preference.update`). A preference back at the
 * defaults (not muted, no mode) is deleted. Returns the resulting preference.
 */
export async function setPreference(
  db: DbOrTx,
  actor: AuditActor,
  recipient: RecipientRef,
  typeKey: string,
  change: PreferenceChange,
): Promise<PreferenceEntry> {
  assertAllowedForType(typeKey, change);
  return inTransaction(db, async (tx) => {
    await loadSubject(tx, recipient);
    return writePreference(tx, actor, recipient, typeKey, change);
  });
}

/**
 * The write itself, in the caller's transaction (the caller checked the recipient and the type).
 * `audit: false` when the caller audits a larger change that includes this one.
 */
export async function writePreference(
  tx: Transaction,
  actor: AuditActor,
  recipient: RecipientRef,
  typeKey: string,
  change: PreferenceChange,
  options: { audit: boolean } = { audit: true },
): Promise<PreferenceEntry> {
  const where = { ...recipientColumns(recipient), typeKey };
  const existing = await tx.preference.findFirst({ where, select: { id: true, muted: true, mode: true } });
  const before = { typeKey, muted: existing?.muted ?? false, mode: existing?.mode ?? null };
  const after = {
    typeKey,
    muted: change.muted ?? before.muted,
    mode: change.mode === undefined ? before.mode : change.mode,
  };
  if (after.muted === before.muted && after.mode === before.mode) return after;

  if (!after.muted && after.mode === null) {
    if (existing) await tx.preference.delete({ where: { id: existing.id } });
  } else if (existing) {
    await tx.preference.update({
      where: { id: existing.id },
      data: { muted: after.muted, mode: after.mode },
    });
  } else {
    await insertOrConflict(() =>
      tx.preference.create({ data: { ...where, muted: after.muted, mode: after.mode } }),
    );
  }
  if (!options.audit) return after;
  await recordAudit(tx, actor, {
    action: "preference.update",
    targetType: recipient.kind,
    targetId: recipient.id,
    before,
    after,
  });
  return after;
}
