import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { toDbLocale } from "@/lib/i18n/locales";
import { diffFields } from "./diff";
import type { PreferencesInput } from "./schemas";
import { inTransaction, type DbOrTx } from "@/lib/db/transaction";

/**
 * A person's own language and time zone (`user.preferences.update`, the actor being themselves). The
 * next render uses them: the i18n request config reads the viewer's row.
 */
export async function updateOwnPreferences(client: DbOrTx, actor: AuditActor, input: PreferencesInput) {
  if (!actor.id) throw new AppError("FORBIDDEN", "forbidden");
  const userId = actor.id;
  const next = { locale: toDbLocale(input.locale), timeZone: input.timeZone };
  return inTransaction(client, async (tx) => {
    const current = await tx.user.findUnique({
      where: { id: userId },
      select: { locale: true, timeZone: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "notFound");
    const { changed, before, after } = diffFields(current, next, ["locale", "timeZone"] as const);
    if (changed.length === 0) return { changed };
    await tx.user.update({ where: { id: userId }, data: after });
    await recordAudit(tx, actor, {
      action: "user.preferences.update",
      targetType: "user",
      targetId: userId,
      before,
      after,
    });
    return { changed };
  });
}
