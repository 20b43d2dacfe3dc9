import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

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
