"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { subscriptionKeys, subscriptionUrls } from "@/lib/subscriptions/keys";
import type { Subject, SubscriptionEntry } from "@/lib/subscriptions/types";
import { fetchJson } from "@/lib/query/fetch-json";

export interface SubjectOption {
  kind: "user" | "group";
  id: string;
  name: string;
  detail: string | null;
}

export function useSubjectSearch(query: string, enabled: boolean) {
  return useQuery({
    queryKey: subscriptionKeys.search(query),
    queryFn: ({ signal }) =>
      fetchJson<{ options: SubjectOption[] }>(subscriptionUrls.search(query), { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export interface CopyResult {
  subscriptions: SubscriptionEntry[];
  sourceName: string;
  counts: { created: number; updated: number; removed: number };
}

export function useCopySubscriptions(to: Subject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { from: Subject; strategy: "merge" | "replace" }) =>
      fetchJson<CopyResult>(subscriptionUrls.copy(to), { method: "POST", body: JSON.stringify(input) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: subscriptionKeys.subject(to) }),
  });
}
