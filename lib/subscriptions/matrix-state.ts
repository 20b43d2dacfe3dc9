// Pure helpers behind the subscription matrix's optimistic updates: the same change the server makes,
// applied to the cached set so the screen answers at once.
import { targetId } from "./targets";
import type { DeliveryMode, PreferenceEntry, SubscriptionEntry, Target } from "./types";

export interface Toggle {
  target: Target;
  subscribed: boolean;
  mode: DeliveryMode;
}

export function applyToggle(
  entries: readonly SubscriptionEntry[],
  { target, subscribed, mode }: Toggle,
): SubscriptionEntry[] {
  const id = targetId(target);
  const rest = entries.filter((entry) => targetId(entry) !== id);
  return subscribed ? [...rest, { ...target, mode }] : rest;
}

export interface SubscriptionIndex {
  types: Map<string, DeliveryMode>;
  categories: Map<string, DeliveryMode>;
}

export function indexSubscriptions(entries: readonly SubscriptionEntry[]): SubscriptionIndex {
  const index: SubscriptionIndex = { types: new Map(), categories: new Map() };
  for (const entry of entries) {
    if ("typeKey" in entry) index.types.set(entry.typeKey, entry.mode);
    else index.categories.set(entry.categoryKey, entry.mode);
  }
  return index;
}

export interface PreferenceChange {
  muted?: boolean;
  mode?: DeliveryMode | null;
}

/** The preference list after a change; a preference back at the defaults disappears, as on the server. */
export function applyPreference(
  preferences: readonly PreferenceEntry[],
  typeKey: string,
  change: PreferenceChange,
): PreferenceEntry[] {
  const current = preferences.find((p) => p.typeKey === typeKey) ?? { typeKey, muted: false, mode: null };
  const next = {
    typeKey,
    muted: change.muted ?? current.muted,
    mode: change.mode === undefined ? current.mode : change.mode,
  };
  const rest = preferences.filter((p) => p.typeKey !== typeKey);
  return next.muted || next.mode !== null ? [...rest, next] : rest;
}
