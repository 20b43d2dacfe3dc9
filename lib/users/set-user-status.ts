import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { assertKeepsAnAdmin, lockAdminChanges } from "./admin-guard";
import { inTransaction, type DbOrTx } from "@/lib/db/transaction";

// Users are never deleted: their audit trail and history keep pointing at them. Disabling ends every
// session at once and blocks sign-in; enabling lets them sign in again (old sessions stay ended).

/** Disables a user (`user.disable`); a no-op for one already disabled. Returns whether anything changed. */
export async function disableUser(client: DbOrTx, actor: AuditActor, userId: string): Promise<boolean> {
  return inTransaction(client, async (tx) => {
    await lockAdminChanges(tx);
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, role: true, disabledAt: true },
    });
    if (!user) throw new AppError("NOT_FOUND", "notFound");
    if (user.disabledAt) return false;
    await assertKeepsAnAdmin(tx, actor, user, "disable");
    const { disabledAt } = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: new Date(), sessionVersion: { increment: 1 } },
      select: { disabledAt: true },
    });
    await recordAudit(tx, actor, {
      action: "user.disable",
      targetType: "user",
      targetId: userId,
      before: { disabledAt: null },
      after: { disabledAt },
    });
    return true;
  });
}

/** Re-enables a disabled user (`user.enable`); a no-op for one already active. */
export async function enableUser(client: DbOrTx, actor: AuditActor, userId: string): Promise<boolean> {
  return inTransaction(client, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
    if (!user) throw new AppError("NOT_FOUND", "notFound");
    if (!user.disabledAt) return false;
    await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
    await recordAudit(tx, actor, {
      action: "user.enable",
      targetType: "user",
      targetId: userId,
      before: { disabledAt: user.disabledAt },
      after: { disabledAt: null },
    });
    return true;
  });
}
