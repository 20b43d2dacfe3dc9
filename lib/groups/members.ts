import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { AddGroupMembersInput, RemoveGroupMemberInput } from "./schemas";
import { inTransaction, type DbOrTx } from "@/lib/db/transaction";

/**
 * Adds users to a group, one `group.member.add` entry per user actually added; users already in the
 * group are skipped (adding twice is not an error). Returns how many were added.
 */
export async function addGroupMembers(client: DbOrTx, actor: AuditActor, input: AddGroupMembersInput) {
  const userIds = [...new Set(input.userIds)];
  return inTransaction(client, async (tx) => {
    const group = await tx.group.findUnique({ where: { id: input.groupId }, select: { id: true } });
    if (!group) throw new AppError("NOT_FOUND", "notFound");
    const users = await tx.user.findMany({
      where: { id: { in: userIds } },
      select: {
        id: true,
        email: true,
        name: true,
        memberships: { where: { groupId: input.groupId }, select: { userId: true } },
      },
    });
    if (users.length !== userIds.length)
      throw new AppError("NOT_FOUND", "notFound", { userIds: ["notFound"] });
    const newcomers = users.filter((user) => user.memberships.length === 0);
    if (newcomers.length === 0) return { added: 0 };
    await tx.groupMember.createMany({
      data: newcomers.map((user) => ({ groupId: input.groupId, userId: user.id })),
      skipDuplicates: true,
    });
    for (const user of newcomers) {
      await recordAudit(tx, actor, {
        action: "group.member.add",
        targetType: "group",
        targetId: input.groupId,
        after: { userId: user.id, email: user.email, name: user.name },
      });
    }
    return { added: newcomers.length };
  });
}

/** Removes one member (`group.member.remove`); a no-op when they are not a member. */
export async function removeGroupMember(client: DbOrTx, actor: AuditActor, input: RemoveGroupMemberInput) {
  return inTransaction(client, async (tx) => {
    const membership = await tx.groupMember.findUnique({
      where: { groupId_userId: { groupId: input.groupId, userId: input.userId } },
      select: { user: { select: { id: true, email: true, name: true } } },
    });
    if (!membership) return { removed: false };
    await tx.groupMember.delete({
      where: { groupId_userId: { groupId: input.groupId, userId: input.userId } },
    });
    await recordAudit(tx, actor, {
      action: "group.member.remove",
      targetType: "group",
      targetId: input.groupId,
      before: { userId: membership.user.id, email: membership.user.email, name: membership.user.name },
    });
    return { removed: true };
  });
}
