import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { AppError, uniqueViolation } from "@/lib/errors";
import { toDbLocale } from "@/lib/i18n/locales";
import { assertKeepsAnAdmin, lockAdminChanges } from "./admin-guard";
import { emailTaken } from "./create-user";
import { diffFields } from "./diff";
import type { QuietWindow } from "@/lib/subscriptions/quiet-hours";
import type { UpdateUserInput } from "./schemas";
import { inTransaction, type DbOrTx } from "@/lib/db/transaction";

const editable = ["name", "email", "role", "locale", "timeZone", "quietStart", "quietEnd"] as const;
type Editable = (typeof editable)[number];

export interface UpdateUserResult {
  /** The fields that actually changed (nothing is written or audited when empty). */
  changed: Editable[];
  /** True when the change ended the user's sessions (a role change). */
  sessionsEnded: boolean;
}

/** Quiet hours left out (undefined) stay as they are: only the admin's edit form sends them. */
export type UserEdit = Omit<UpdateUserInput, keyof QuietWindow> & Partial<QuietWindow>;

/**
 * Edits a user's profile and quiet hours. Audited as `user.update` with before/after of the changed
 * fields only. A role change ends the user's sessions at once (their permissions changed); a rename or
 * new e-mail does not.
 */
export async function updateUser(
  client: DbOrTx,
  actor: AuditActor,
  input: UserEdit,
): Promise<UpdateUserResult> {
  try {
    return await inTransaction(client, async (tx) => {
      await lockAdminChanges(tx);
      const current = await tx.user.findUnique({
        where: { id: input.id },
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          locale: true,
          timeZone: true,
          quietStart: true,
          quietEnd: true,
          disabledAt: true,
        },
      });
      if (!current) throw new AppError("NOT_FOUND", "notFound");
      const next = {
        ...input,
        locale: toDbLocale(input.locale),
        quietStart: input.quietStart === undefined ? current.quietStart : input.quietStart,
        quietEnd: input.quietEnd === undefined ? current.quietEnd : input.quietEnd,
      };

      const { changed, before, after } = diffFields(current, next, editable);
      if (changed.length === 0) return { changed, sessionsEnded: false };

      const roleChanged = changed.includes("role");
      if (roleChanged && current.role === "ADMIN")
        await assertKeepsAnAdmin(tx, actor, current, "demote", "role");
      if (changed.includes("email")) {
        const owner = await tx.user.findUnique({ where: { email: next.email }, select: { id: true } });
        if (owner) throw emailTaken();
      }

      await tx.user.update({
        where: { id: input.id },
        data: { ...after, ...(roleChanged ? { sessionVersion: { increment: 1 } } : {}) },
      });
      await recordAudit(tx, actor, {
        action: "user.update",
        targetType: "user",
        targetId: input.id,
        before,
        after,
      });
      return { changed, sessionsEnded: roleChanged };
    });
  } catch (error) {
    // E-mail is the only unique column an edit can collide on.
    if (uniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
