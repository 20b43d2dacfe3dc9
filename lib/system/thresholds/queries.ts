import "server-only";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import type { ThresholdSettings } from "./rules";
import { loadThresholdSettings } from "./store";

export interface ThresholdSettingsView {
  values: ThresholdSettings;
  /** False while the seed's defaults apply (nobody saved thresholds yet). */
  saved: boolean;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** The thresholds form's values and who last changed them (ADMIN edits, AUDITOR reads). */
export async function getThresholdSettings(
  viewer: Reader,
  _input: Record<string, never> = {},
  db: DbOrTx = defaultDb,
): Promise<ThresholdSettingsView> {
  authorize(viewer, STAFF);
  const [{ saved, ...values }, row] = await Promise.all([
    loadThresholdSettings(db),
    db.resourceThresholds.findUnique({
      where: { id: 1 },
      select: { updatedAt: true, updatedBy: { select: { name: true } } },
    }),
  ]);
  return { values, saved, updatedAt: row?.updatedAt ?? null, updatedBy: row?.updatedBy?.name ?? null };
}
