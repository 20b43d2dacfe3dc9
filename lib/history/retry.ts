// An administrator retries a FAILED delivery: back to QUEUED, due now, its attempts kept (so the
// timeline shows what happened before), audited in the same transaction.
import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { AuditActor } from "@/lib/audit/record";
import { recordAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertWriter } from "./access";

export async function retryDelivery(db: Database, viewer: { role: Role }, actor: AuditActor, id: string) {
  assertWriter(viewer);
  return db.$transaction(async (tx) => {
    // The status test inside the UPDATE makes two concurrent retries (or a retry racing a worker) safe.
    const updated = await tx.delivery.updateManyAndReturn({
      where: { id, status: "FAILED" },
      data: {
        status: "QUEUED",
        availableAt: new Date(),
        statusChangedAt: new Date(),
        leaseUntil: null,
        leasedBy: null,
      },
      select: { id: true, status: true, attemptCount: true, lastError: true },
    });
    const row = updated[0];
    if (!row) {
      const current = await tx.delivery.findUnique({ where: { id }, select: { status: true } });
      if (!current) throw new AppError("NOT_FOUND", "notFound");
      throw new AppError("CONFLICT", "deliveryNotFailed");
    }
    await recordAudit(tx, actor, {
      action: "delivery.retry",
      targetType: "delivery",
      targetId: id,
      before: { status: "FAILED", attemptCount: row.attemptCount, lastError: row.lastError },
      after: { status: "QUEUED" },
    });
    return { id, status: row.status };
  });
}
