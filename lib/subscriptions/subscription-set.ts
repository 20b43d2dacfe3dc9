import "server-only";
import type { Transaction } from "@/lib/db";
import { AppError, uniqueViolation } from "@/lib/errors";
import { targetId } from "./policy";
import { subjectColumns, targetColumns } from "./subjects";
import type { DeliveryMode, Subject, SubscriptionEntry } from "./types";

const entrySelect = { id: true, typeKey: true, categoryKey: true, mode: true } as const;

type Row = { id: string; typeKey: string | null; categoryKey: string | null; mode: DeliveryMode };

export function toEntry(row: Omit<Row, "id">): SubscriptionEntry {
  return row.typeKey !== null
    ? { typeKey: row.typeKey, mode: row.mode }
    : { categoryKey: row.categoryKey ?? "", mode: row.mode };
}

/** The subject's subscriptions, categories first then types, each in key order. */
export async function readSubscriptionSet(tx: Transaction, subject: Subject): Promise<SubscriptionEntry[]> {
  const rows = await tx.subscription.findMany({ where: subjectColumns(subject), select: entrySelect });
  return rows.map(toEntry).sort((a, b) => targetId(a).localeCompare(targetId(b)));
}

export interface SetChange {
  before: SubscriptionEntry[];
  after: SubscriptionEntry[];
  created: number;
  updated: number;
  removed: number;
}

/**
 * Makes the subject's set equal to `desired` with the fewest writes (create the new, update changed
 * modes, delete the rest). Runs in the caller's transaction; the caller audits.
 */
export async function applySubscriptionSet(
  tx: Transaction,
  subject: Subject,
  desired: readonly SubscriptionEntry[],
): Promise<SetChange> {
  const rows = await tx.subscription.findMany({ where: subjectColumns(subject), select: entrySelect });
  const current = new Map(rows.map((row) => [targetId(toEntry(row)), row]));
  const wanted = new Map(desired.map((entry) => [targetId(entry), entry]));

  const toCreate = [...wanted].filter(([id]) => !current.has(id)).map(([, entry]) => entry);
  const toUpdate = [...wanted].flatMap(([id, entry]) => {
    const row = current.get(id);
    return row && row.mode !== entry.mode ? [{ id: row.id, mode: entry.mode }] : [];
  });
  const toDelete = [...current].filter(([id]) => !wanted.has(id)).map(([, row]) => row.id);

  if (toDelete.length) await tx.subscription.deleteMany({ where: { id: { in: toDelete } } });
  for (const { id, mode } of toUpdate) await tx.subscription.update({ where: { id }, data: { mode } });
  if (toCreate.length) {
    await insertOrConflict(() =>
      tx.subscription.createMany({
        data: toCreate.map((entry) => ({
          ...subjectColumns(subject),
          ...targetColumns(entry),
          mode: entry.mode,
        })),
      }),
    );
  }

  const sort = (entries: SubscriptionEntry[]) =>
    entries.sort((a, b) => targetId(a).localeCompare(targetId(b)));
  return {
    before: sort(rows.map(toEntry)),
    after: sort([...wanted.values()].map((entry) => ({ ...entry }))),
    created: toCreate.length,
    updated: toUpdate.length,
    removed: toDelete.length,
  };
}

/** A concurrent change created the same subscription first: ask the user to retry on fresh data. */
export async function insertOrConflict<T>(insert: () => Promise<T>): Promise<T> {
  try {
    return await insert();
  } catch (error) {
    if (uniqueViolation(error)) throw new AppError("CONFLICT", "concurrentChange");
    throw error;
  }
}

/** Rejects a set that names the same target twice. */
export function assertNoDuplicateTargets(entries: readonly SubscriptionEntry[], field = "subscriptions") {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const entry of entries) {
    const id = targetId(entry);
    if (seen.has(id)) duplicates.push(id);
    seen.add(id);
  }
  if (duplicates.length) throw new AppError("BAD_REQUEST", "duplicateTarget", { [field]: duplicates });
}
