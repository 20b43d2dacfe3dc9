"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { subscriptionKeys, subscriptionUrls } from "@/lib/subscriptions/keys";
import {
  applyPreference,
  applyToggle,
  type PreferenceChange,
  type Toggle,
} from "@/lib/subscriptions/matrix-state";
import type { PreferenceEntry, Subject, SubscriptionEntry } from "@/lib/subscriptions/types";
import { fetchJson } from "@/lib/query/fetch-json";

export interface SubjectData {
  subscriptions: SubscriptionEntry[];
  preferences?: PreferenceEntry[];
}

/** The subject's subscriptions (and preferences), seeded by the server render. */
export function useSubjectSubscriptions(subject: Subject, initialData: SubjectData) {
  return useQuery({
    queryKey: subscriptionKeys.subject(subject),
    queryFn: ({ signal }) => fetchJson<SubjectData>(subscriptionUrls.subject(subject), { signal }),
    initialData,
  });
}

/**
 * An optimistic change of the subject's cached data: applied at once, rolled back if the server
 * refuses, and refetched either way so the screen ends on what the server holds.
 */
function useOptimistic<Input, Result>(
  subject: Subject,
  send: (input: Input) => Promise<Result>,
  apply: (data: SubjectData, input: Input) => SubjectData,
) {
  const queryClient = useQueryClient();
  const queryKey = subscriptionKeys.subject(subject);
  return useMutation({
    mutationKey: [...queryKey, "change"],
    mutationFn: send,
    onMutate: async (input: Input) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<SubjectData>(queryKey);
      if (previous) queryClient.setQueryData<SubjectData>(queryKey, apply(previous, input));
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}

export function useSetSubscription(subject: Subject) {
  return useOptimistic(
    subject,
    (toggle: Toggle) =>
      fetchJson<{ subscriptions: SubscriptionEntry[] }>(subscriptionUrls.subject(subject), {
        method: "PUT",
        body: JSON.stringify(toggle),
      }),
    (data, toggle) => ({ ...data, subscriptions: applyToggle(data.subscriptions, toggle) }),
  );
}

export function useSetPreference(subject: Subject) {
  return useOptimistic(
    subject,
    ({ typeKey, ...change }: PreferenceChange & { typeKey: string }) =>
      fetchJson<{ preference: PreferenceEntry }>(subscriptionUrls.preferences(subject), {
        method: "PUT",
        body: JSON.stringify({ typeKey, ...change }),
      }),
    (data, { typeKey, ...change }) => ({
      ...data,
      preferences: applyPreference(data.preferences ?? [], typeKey, change),
    }),
  );
}
