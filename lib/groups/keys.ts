// TanStack Query keys for the groups feature's client islands.
export const groupKeys = {
  all: ["groups"] as const,
  candidates: (groupId: string, q: string) => [...groupKeys.all, groupId, "candidates", q] as const,
};
