// The fields that differ between a row and its next version, as audit-ready before/after objects.
// Pure, so unit-testable.
export function diffFields<T, K extends keyof T>(current: T, next: Pick<T, K>, fields: readonly K[]) {
  const changed = fields.filter((field) => current[field] !== next[field]);
  const before: Partial<Pick<T, K>> = {};
  const after: Partial<Pick<T, K>> = {};
  for (const field of changed) {
    before[field] = current[field];
    after[field] = next[field];
  }
  return { changed, before, after };
}
