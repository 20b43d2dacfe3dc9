import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Database } from "@/lib/db/client";
import type { ThresholdSettings } from "./rules";
import type { UpdateThresholdsInput } from "./schemas";
import { loadThresholdSettings } from "./store";

/**
 * Saves the resource thresholds, audited as `resource-thresholds.update` with before and after. The
 * sampler reads them at its next sample. Rule states (fired, held since) are kept: a fired rule stays
 * silent until the reading clears its new level by the new margin, so a change never re-sends an alert.
 */
export async function updateThresholds(
  db: Database,
  actor: AuditActor,
  input: UpdateThresholdsInput,
): Promise<ThresholdSettings> {
  // The schema keeps exactly the ten fields.
  const data: ThresholdSettings = { ...input };
  return db.$transaction(async (tx) => {
    const { saved: _saved, ...before } = await loadThresholdSettings(tx);
    await tx.resourceThresholds.upsert({
      where: { id: 1 },
      create: { id: 1, ...data, updatedById: actor.id },
      update: { ...data, updatedById: actor.id },
    });
    await recordAudit(tx, actor, {
      action: "resource-thresholds.update",
      targetType: "resource-thresholds",
      targetId: "1",
      before,
      after: data,
    });
    return data;
  });
}
