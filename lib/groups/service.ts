import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { AppError, uniqueViolation } from "@/lib/errors";
import type { CreateGroupInput, UpdateGroupInput } from "./schemas";
import { inTransaction, type DbOrTx } from "@/lib/db/transaction";

/**
 * Names are unique regardless of case ("SOC" and "soc" would confuse everyone picking a recipient).
 * The database enforces it (unique index "Group_name_key" on lower(name)), so two concurrent
 * requests cannot both win; its violation becomes the form's "name taken" message here.
 */
async function mapUnique<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (uniqueViolation(error)?.includes("name")) {
      throw new AppError("CONFLICT", "checkFields", { name: ["nameTaken"] });
    }
    throw error;
  }
}

/** `group.create` */
export function createGroup(client: DbOrTx, actor: AuditActor, input: CreateGroupInput) {
  return mapUnique(() =>
    inTransaction(client, async (tx) => {
      const group = await tx.group.create({
        data: input,
        select: { id: true, name: true, description: true },
      });
      await recordAudit(tx, actor, {
        action: "group.create",
        targetType: "group",
        targetId: group.id,
        after: { name: group.name, description: group.description },
      });
      return group;
    }),
  );
}

/** `group.update`: name and description, before/after of what changed. */
export function updateGroup(client: DbOrTx, actor: AuditActor, input: UpdateGroupInput) {
  return mapUnique(() =>
    inTransaction(client, async (tx) => {
      const current = await tx.group.findUnique({
        where: { id: input.id },
        select: { name: true, description: true },
      });
      if (!current) throw new AppError("NOT_FOUND", "notFound");
      const changed = (["name", "description"] as const).filter((field) => current[field] !== input[field]);
      if (changed.length === 0) return { changed };
      const before: Partial<typeof current> = {};
      const after: Partial<typeof current> = {};
      for (const field of changed) {
        before[field] = current[field];
        after[field] = input[field];
      }
      await tx.group.update({ where: { id: input.id }, data: after });
      await recordAudit(tx, actor, {
        action: "group.update",
        targetType: "group",
        targetId: input.id,
        before,
        after,
      });
      return { changed };
    }),
  );
}

/**
 * `group.delete`: memberships and the group's subscriptions go with it (cascade). The audit entry keeps
 * the member list, so the deletion can be understood (and the group rebuilt) later.
 */
export async function deleteGroup(client: DbOrTx, actor: AuditActor, groupId: string) {
  await inTransaction(client, async (tx) => {
    const group = await tx.group.findUnique({
      where: { id: groupId },
      select: {
        name: true,
        description: true,
        members: {
          select: { user: { select: { id: true, email: true, name: true } } },
          orderBy: { user: { email: "asc" } },
        },
        _count: { select: { subscriptions: true } },
      },
    });
    if (!group) throw new AppError("NOT_FOUND", "notFound");
    await tx.group.delete({ where: { id: groupId } });
    await recordAudit(tx, actor, {
      action: "group.delete",
      targetType: "group",
      targetId: groupId,
      before: {
        name: group.name,
        description: group.description,
        members: group.members.map((member) => member.user),
        subscriptionCount: group._count.subscriptions,
      },
    });
  });
}
