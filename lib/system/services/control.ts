// The administrator's switch for the workers and the scheduler (ServiceControl, one row per kind; no
// row = enabled). A disabled worker claims nothing; a disabled scheduler skips its jobs. No
// "server-only": the worker process reads it in its claim loop.
import type { Database, Transaction } from "@/lib/db/client";
import type { ServiceKind } from "@/generated/prisma/enums";
import { recordAudit, type AuditActor } from "@/lib/audit/record";

/** The kinds an administrator can switch off. */
export const CONTROLLABLE_KINDS = ["WORKER", "SCHEDULER"] as const satisfies readonly ServiceKind[];
export type ControllableKind = (typeof CONTROLLABLE_KINDS)[number];

export async function isServiceDisabled(db: Database | Transaction, kind: ServiceKind): Promise<boolean> {
  const row = await db.serviceControl.findUnique({ where: { kind }, select: { disabled: true } });
  return row?.disabled ?? false;
}

/**
 * A check for a hot loop: asks PostgreSQL at most once per `maxAgeMs` (the worker claims every few
 * hundred milliseconds under load; a switch taking effect within 2 s is soon enough).
 */
export function disabledCheck(db: Database, kind: ServiceKind, maxAgeMs = 2_000): () => Promise<boolean> {
  let cached: { value: boolean; at: number } | undefined;
  return async () => {
    if (cached && Date.now() - cached.at < maxAgeMs) return cached.value;
    const value = await isServiceDisabled(db, kind);
    cached = { value, at: Date.now() };
    return value;
  };
}

export interface ServiceControlState {
  kind: ControllableKind;
  disabled: boolean;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export async function readServiceControls(db: Database | Transaction): Promise<ServiceControlState[]> {
  const rows = await db.serviceControl.findMany({
    select: { kind: true, disabled: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  return CONTROLLABLE_KINDS.map((kind) => {
    const row = rows.find((entry) => entry.kind === kind);
    return {
      kind,
      disabled: row?.disabled ?? false,
      updatedAt: row?.updatedAt ?? null,
      updatedBy: row?.updatedBy?.name ?? null,
    };
  });
}

/** Switches a kind of service off or on, audited as `service.disable` / `service.enable`. */
export async function setServiceDisabled(
  db: Database,
  actor: AuditActor,
  kind: ControllableKind,
  disabled: boolean,
): Promise<{ kind: ControllableKind; disabled: boolean; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const before = await isServiceDisabled(tx, kind);
    await tx.serviceControl.upsert({
      where: { kind },
      create: { kind, disabled, updatedById: actor.id },
      update: { disabled, updatedById: actor.id },
    });
    if (before !== disabled) {
      await recordAudit(tx, actor, {
        action: disabled ? "service.disable" : "service.enable",
        targetType: "service",
        targetId: kind,
        before: { disabled: before },
        after: { disabled },
      });
    }
    return { kind, disabled, changed: before !== disabled };
  });
}
