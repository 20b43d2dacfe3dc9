// An administrator retries a FAILED delivery: back to QUEUED, due now, audited in the same transaction.
// The retry starts a fresh series of tries: the worker's budget (MAX_ATTEMPTS) and back-off count only
// the tries after it (attemptsBeforeRetry marks where it began), so a transient failure of the next try
// is retried again, not failed at once. attemptCount keeps counting every try, so the attempts keep
// unique numbers and the timeline shows the earlier ones, followed by the new series.
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
    // Raw SQL: the new series starts at the row's own attemptCount, which Prisma's update cannot read.
    const [row] = await tx.$queryRaw<{ attemptCount: number; lastError: string | null }[]>`
      UPDATE "Delivery" SET status = 'QUEUED', "availableAt" = now(), "statusChangedAt" = now(),
        "leaseUntil" = NULL, "leasedBy" = NULL, "attemptsBeforeRetry" = "attemptCount"
      WHERE id = ${id}::uuid AND status = 'FAILED'
      RETURNING "attemptCount", "lastError"`;
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
    return { id, status: "QUEUED" as const };
  });
}
