import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { AuditActor } from "@/lib/audit/record";
import type { Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Any transaction that may take away someone's administrator rights (a role change or a disable)
// holds this lock first, so two concurrent changes cannot each see "another admin remains" and leave
// none. An advisory lock rather than row locks: one key, one order, no deadlocks.
const ADMIN_CHANGE_LOCK = 0x4845_5241; // "HERA"

export async function lockAdminChanges(tx: Transaction) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_CHANGE_LOCK})`;
}

interface Target {
  id: string;
  role: Role;
  disabledAt: Date | null;
}

/**
 * Refuses a change that would take administrator rights away from the actor themselves or from the
 * last active administrator. `field` names the form field the error belongs to, if any.
 */
export async function assertKeepsAnAdmin(
  tx: Transaction,
  actor: AuditActor,
  target: Target,
  change: "disable" | "demote",
  field?: string,
) {
  const fail = (reason: string): never => {
    // With a field, the reason shows next to it and the form says "check the highlighted fields".
    throw field
      ? new AppError("UNPROCESSABLE", "checkFields", { [field]: [reason] })
      : new AppError("UNPROCESSABLE", reason);
  };
  if (actor.id === target.id) fail(change === "disable" ? "cannotDisableYourself" : "cannotDemoteYourself");
  if (target.role !== "ADMIN" || target.disabledAt) return;
  const otherAdmins = await tx.user.count({
    where: { role: "ADMIN", disabledAt: null, id: { not: target.id } },
  });
  if (otherAdmins === 0) fail("lastActiveAdmin");
}
