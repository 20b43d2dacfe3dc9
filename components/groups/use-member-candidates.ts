"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { searchMemberCandidatesAction } from "@/lib/groups/actions";
import { groupKeys } from "@/lib/groups/keys";

/** Active users matching `q` (server-side search), flagged when already in the group. */
export function useMemberCandidates(groupId: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: groupKeys.candidates(groupId, q),
    queryFn: async () => {
      const result = await searchMemberCandidatesAction({ groupId, q });
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
