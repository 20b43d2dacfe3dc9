import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isTypeTarget, targetId } from "./policy";
import type { BulkUpdateInput } from "./schemas";
import { inTransaction, type DbOrTx } from "@/lib/db/transaction";
import { assertKnownTargets, targetColumns } from "./subjects";
import { insertOrConflict } from "./subscription-set";

export const BULK_CHUNK_SIZE = 250;
/** Thousands of recipients take well under a second; the margin is for a loaded server. */
const BULK_TIMEOUT_MS = 60_000;

export interface BulkProgress {
  done: number;
  total: number;
}

export interface BulkResult {
  recipients: number;
  created: number;
  updated: number;
  removed: number;
}

/**
 * Subscribes (or unsubscribes) many users or contacts to (from) the same types and categories: one
 * transaction, one `subscription.bulk-update` audit entry with the counts and ids. Work goes in
 * chunks of recipients so the caller can report progress; nothing is visible to others until the
 * whole change commits, and a failure anywhere leaves nothing written.
 */
export async function bulkUpdateSubscriptions(
  db: DbOrTx,
  actor: AuditActor,
  input: BulkUpdateInput,
  onProgress: (progress: BulkProgress) => void | Promise<void> = () => {},
): Promise<BulkResult> {
  assertKnownTargets(input.targets);
  const targets = dedupe(input.targets);
  return inTransaction(
    db,
    async (tx) => {
      const { kind, ids, groupId } = await expandRecipients(tx, input.recipients);
      const column = kind === "user" ? "userId" : "contactId";
      const result: BulkResult = { recipients: ids.length, created: 0, updated: 0, removed: 0 };
      await onProgress({ done: 0, total: ids.length });

      for (let start = 0; start < ids.length; start += BULK_CHUNK_SIZE) {
        const chunk = ids.slice(start, start + BULK_CHUNK_SIZE);
        const bySubject = { [column]: { in: chunk } };
        if (input.operation === "subscribe") {
          for (const target of targets) {
            const columns = targetColumns(target);
            const { count: updated } = await tx.subscription.updateMany({
              where: { ...bySubject, ...columns, mode: { not: input.mode } },
              data: { mode: input.mode },
            });
            const { count: created } = await insertOrConflict(() =>
              tx.subscription.createMany({
                data: chunk.map((id) => ({ [column]: id, ...columns, mode: input.mode })),
                skipDuplicates: true,
              }),
            );
            result.updated += updated;
            result.created += created;
          }
        } else {
          const typeKeys = targets.filter(isTypeTarget).map((t) => t.typeKey);
          const categoryKeys = targets.flatMap((t) => (isTypeTarget(t) ? [] : [t.categoryKey]));
          const { count } = await tx.subscription.deleteMany({
            where: {
              ...bySubject,
              OR: [{ typeKey: { in: typeKeys } }, { categoryKey: { in: categoryKeys } }],
            },
          });
          result.removed += count;
        }
        await onProgress({ done: Math.min(start + chunk.length, ids.length), total: ids.length });
      }

      await recordAudit(tx, actor, {
        action: "subscription.bulk-update",
        // A group's members are audited against the group; a hand-picked list has no single target.
        targetType: groupId ? "group" : kind,
        targetId: groupId ?? null,
        after: {
          operation: input.operation,
          mode: input.operation === "subscribe" ? input.mode : undefined,
          targets,
          recipientKind: kind,
          ...(groupId ? { groupId } : {}),
          recipientIds: ids,
          counts: result,
        },
      });
      return result;
    },
    { timeout: BULK_TIMEOUT_MS },
  );
}

function dedupe(targets: BulkUpdateInput["targets"]) {
  const seen = new Set<string>();
  return targets.filter((target) => !seen.has(targetId(target)) && Boolean(seen.add(targetId(target))));
}

async function expandRecipients(
  tx: Transaction,
  recipients: BulkUpdateInput["recipients"],
): Promise<{ kind: "user" | "contact"; ids: string[]; groupId?: string }> {
  if (recipients.kind === "group-members") {
    const group = await tx.group.findUnique({
      where: { id: recipients.groupId },
      select: { members: { select: { userId: true }, orderBy: { userId: "asc" } } },
    });
    if (!group) throw new AppError("NOT_FOUND", "notFound");
    return { kind: "user", ids: group.members.map((m) => m.userId), groupId: recipients.groupId };
  }
  const ids = [...new Set(recipients.ids)];
  const found =
    recipients.kind === "user"
      ? await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true } })
      : await tx.contact.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const known = new Set(found.map((row) => row.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length) throw new AppError("NOT_FOUND", "notFound", { ids: missing });
  return { kind: recipients.kind, ids };
}
