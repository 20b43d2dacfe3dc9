"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { subscriptionKeys, subscriptionUrls } from "@/lib/subscriptions/keys";
import type { DeliveryMode, TypeDelivery } from "@/lib/subscriptions/types";
import { fetchJson } from "@/lib/query/fetch-json";

interface MyData {
  deliveries: TypeDelivery[];
}

export type MyChange = { typeKey: string; receive: boolean } | { typeKey: string; mode: DeliveryMode | null };

export function useMyNotifications(initialData: MyData) {
  return useQuery({
    queryKey: subscriptionKeys.me(),
    queryFn: ({ signal }) => fetchJson<MyData>(subscriptionUrls.me, { signal }),
    initialData,
  });
}

/** What the screen shows at once for a change; the server's answer replaces it. */
function guess(delivery: TypeDelivery, change: MyChange): TypeDelivery {
  if ("mode" in change)
    return {
      ...delivery,
      mode: change.mode ?? delivery.mode,
      preference: { muted: delivery.muted, mode: change.mode },
    };
  return { ...delivery, delivered: change.receive, muted: !change.receive && delivery.paths.length > 0 };
}

export function useChangeMyNotification() {
  const queryClient = useQueryClient();
  const queryKey = subscriptionKeys.me();
  const replace = (typeKey: string, update: (delivery: TypeDelivery) => TypeDelivery) =>
    queryClient.setQueryData<MyData>(queryKey, (data) =>
      data ? { deliveries: data.deliveries.map((d) => (d.typeKey === typeKey ? update(d) : d)) } : data,
    );
  return useMutation({
    mutationKey: [...queryKey, "change"],
    mutationFn: (change: MyChange) =>
      fetchJson<{ delivery: TypeDelivery }>(subscriptionUrls.me, {
        method: "PATCH",
        body: JSON.stringify(change),
      }),
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<MyData>(queryKey);
      replace(change.typeKey, (delivery) => guess(delivery, change));
      return { previous };
    },
    onSuccess: ({ delivery }) => replace(delivery.typeKey, () => delivery),
    onError: (_error, _change, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}
