import type { TypeDelivery } from "./types";

export interface GroupReach {
  /** How many notification types reach the user through at least one of their groups. */
  types: number;
  /** The groups they come through, by name. */
  groups: string[];
}

/**
 * What reaches a user through their groups, counted as the "Received through groups" list counts it:
 * every type with a group path, muted or not. Pure: the page derives it from the deliveries it shows.
 */
export function groupReach(deliveries: readonly TypeDelivery[]): GroupReach {
  const groups = new Set<string>();
  let types = 0;
  for (const delivery of deliveries) {
    let viaGroup = false;
    for (const { reason } of delivery.paths) {
      if (reason.via !== "group") continue;
      viaGroup = true;
      groups.add(reason.groupName);
    }
    if (viaGroup) types++;
  }
  return { types, groups: [...groups].sort((a, b) => a.localeCompare(b)) };
}
