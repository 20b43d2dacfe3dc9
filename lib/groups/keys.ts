// TanStack Query keys for the groups feature's client islands, and the JSON routes behind them.
export const groupKeys = {
  all: ["groups"] as const,
  candidates: (groupId: string, q: string) => [...groupKeys.all, groupId, "candidates", q] as const,
  /** Every candidate search of one group (what a membership change invalidates). */
  allCandidates: (groupId: string) => [...groupKeys.all, groupId, "candidates"] as const,
};

export const groupUrls = {
  candidates: (groupId: string, q: string) =>
    `/api/internal/groups/${groupId}/candidates?q=${encodeURIComponent(q)}`,
};
