// Reading the thresholds the sampler uses: the saved row, or the seed's defaults when none was saved.
// No "server-only": the scheduler's resources job runs it in the worker process.
import type { DbOrTx } from "@/lib/db/transaction";
import { DEFAULT_THRESHOLDS, THRESHOLD_FIELDS, type ThresholdSettings } from "./rules";

const select = Object.fromEntries(THRESHOLD_FIELDS.map((field) => [field, true])) as Record<
  keyof ThresholdSettings,
  true
>;

export async function loadThresholdSettings(db: DbOrTx): Promise<ThresholdSettings & { saved: boolean }> {
  const row = await db.resourceThresholds.findUnique({ where: { id: 1 }, select });
  return row ? { ...row, saved: true } : { ...DEFAULT_THRESHOLDS, saved: false };
}
