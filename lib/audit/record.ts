// No "server-only": the scheduler (in the worker process, outside Next) audits its retention purge.
import type { Prisma } from "@/generated/prisma/client";
import type { Transaction } from "@/lib/db";

/** Who did it and from where; built by the action and API wrappers. */
export interface AuditActor {
  id: string | null;
  label: string;
  ip: string | null;
  requestId: string;
}

export interface AuditChange {
  action: string; // e.g. "user.create", "group.member.add", "api-key.revoke"
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes an audit entry inside the caller's transaction, so the entry exists exactly when the change
 * it describes does.
 */
export async function recordAudit(tx: Transaction, actor: AuditActor, change: AuditChange) {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      actorLabel: actor.label,
      action: change.action,
      targetType: change.targetType,
      targetId: change.targetId ?? null,
      before: toJson(change.before),
      after: toJson(change.after),
      ip: actor.ip,
      requestId: actor.requestId,
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
