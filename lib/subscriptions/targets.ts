// A subscription's target as one string. Apart from policy.ts (which re-exports these) so that the
// browser's subscription matrices (matrix-state.ts) do not bring in the whole catalog with it.
import type { Target } from "./types";

export function isTypeTarget(target: Target): target is { typeKey: string } {
  return "typeKey" in target && typeof target.typeKey === "string";
}

/** "type:<key>" or "category:<key>": one string per target, for maps and diffs. */
export function targetId(target: Target): string {
  return isTypeTarget(target) ? `type:${target.typeKey}` : `category:${target.categoryKey}`;
}
