import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { AppError, uniqueViolation } from "@/lib/errors";
import { toDbLocale } from "@/lib/i18n/locales";
import type { CreateUserInput } from "./schemas";
import { inTransaction, type DbOrTx } from "@/lib/db/transaction";

export function emailTaken(): AppError {
  return new AppError("CONFLICT", "checkFields", { email: ["emailTaken"] });
}

/** Creates an active user with an initial password; audited as `user.create` (never with the hash). */
export async function createUser(client: DbOrTx, actor: AuditActor, input: CreateUserInput) {
  // Checked first so a taken address is refused before the (deliberately slow) hash; the unique index
  // still decides under concurrency, below.
  if (await client.user.findUnique({ where: { email: input.email }, select: { id: true } }))
    throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  const fields = {
    name: input.name,
    email: input.email,
    role: input.role,
    locale: toDbLocale(input.locale),
    timeZone: input.timeZone,
  };
  try {
    return await inTransaction(client, async (tx) => {
      const user = await tx.user.create({ data: { ...fields, passwordHash }, select: { id: true } });
      await recordAudit(tx, actor, {
        action: "user.create",
        targetType: "user",
        targetId: user.id,
        after: fields,
      });
      return user;
    });
  } catch (error) {
    // E-mail is the only unique column a new user can collide on (the pg adapter names the index, not
    // always the columns, so uniqueViolation's column list may be empty).
    if (uniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
