import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import type { ResetUserPasswordInput } from "./schemas";
import { inTransaction, type DbOrTx } from "@/lib/db/transaction";

/**
 * An administrator sets a user's password (`user.password.reset`, never with the hash). Every session
 * of the user ends at once. People change their own password through changePasswordAction instead.
 */
export async function resetUserPassword(client: DbOrTx, actor: AuditActor, input: ResetUserPasswordInput) {
  const passwordHash = await hashPassword(input.password);
  await inTransaction(client, async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: input.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "notFound");
    await recordAudit(tx, actor, {
      action: "user.password.reset",
      targetType: "user",
      targetId: input.id,
      after: { sessionsEnded: true },
    });
  });
}
