"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { groupKeys, groupUrls } from "@/lib/groups/keys";
import type { MemberCandidate } from "@/lib/groups/queries";
import { fetchJson } from "@/lib/query/fetch-json";

/** Active users matching `q` (server-side search), flagged when already in the group. */
export function useMemberCandidates(groupId: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: groupKeys.candidates(groupId, q),
    queryFn: async ({ signal }) =>
      (await fetchJson<{ candidates: MemberCandidate[] }>(groupUrls.candidates(groupId, q), { signal }))
        .candidates,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
