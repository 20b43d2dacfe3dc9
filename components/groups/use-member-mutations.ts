"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { addGroupMembersAction, removeGroupMemberAction } from "@/lib/groups/actions";
import { groupKeys } from "@/lib/groups/keys";

/** Unwraps an action result so TanStack sees failures as errors (message = a common.errors key). */
function unwrap<T>(result: { ok: true; data: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

export function useAddMembers(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userIds: string[]) => unwrap(await addGroupMembersAction({ groupId, userIds })),
    // The picker's "already a member" flags changed; the page itself is revalidated by the action.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupKeys.allCandidates(groupId) }),
  });
}

export function useRemoveMember(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) => unwrap(await removeGroupMemberAction({ groupId, userId })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupKeys.allCandidates(groupId) }),
  });
}
