import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AddSuppressionInput } from "./schemas";

/**
 * Takes an address off the suppression list: Herald e-mails it again. Audited with what was lifted
 * (reason, note, since when), in the same transaction as the delete.
 */
export async function liftSuppression(db: Database, actor: AuditActor, email: string) {
  return db.$transaction(async (tx) => {
    const removed = await tx.suppression.findUnique({
      where: { email },
      select: { email: true, reason: true, note: true, createdAt: true },
    });
    // The conditional delete makes two administrators lifting at once delete (and audit) once.
    const { count } = removed ? await tx.suppression.deleteMany({ where: { email } }) : { count: 0 };
    if (!removed || count === 0) throw new AppError("NOT_FOUND", "suppressionNotFound");
    await recordAudit(tx, actor, {
      action: "suppression.lift",
      targetType: "suppression",
      targetId: removed.email,
      before: { reason: removed.reason, note: removed.note, createdAt: removed.createdAt.toISOString() },
      after: null,
    });
    return removed;
  });
}

/**
 * Puts an address on the suppression list by hand (reason MANUAL): Herald e-mails it no more until an
 * administrator lifts it. Who did it is the audit entry's actor, written in the same transaction.
 */
export async function addSuppression(db: Database, actor: AuditActor, input: AddSuppressionInput) {
  return db.$transaction(async (tx) => {
    // ON CONFLICT DO NOTHING: an address already listed, for whatever reason, keeps its row (a hard
    // bounce stays a hard bounce), and two administrators adding it at once write and audit it once.
    const [added] = await tx.suppression.createManyAndReturn({
      data: [{ email: input.email, reason: "MANUAL", note: input.note }],
      skipDuplicates: true,
      select: { email: true, reason: true, note: true, createdAt: true },
    });
    if (!added) throw new AppError("CONFLICT", "checkFields", { email: ["alreadySuppressed"] });
    await recordAudit(tx, actor, {
      action: "suppression.add",
      targetType: "suppression",
      targetId: added.email,
      before: null,
      after: { reason: added.reason, note: added.note },
    });
    return added;
  });
}
