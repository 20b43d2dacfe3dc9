"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/query/fetch-json";
import type { ListenersDto } from "@/lib/system/listeners/dto";
import { listenerKeys, listenerUrls } from "@/lib/system/listeners/keys";
import type { ListenerFilters } from "@/lib/system/listeners/schemas";

/** How often the listeners page re-reads the socket tables. */
export const LISTENERS_REFRESH_MS = 5_000;

/** The host's sockets for these filters, starting from the server's render and polled while the page is open. */
export function useListeners(filters: ListenerFilters, initialData: ListenersDto) {
  return useQuery({
    queryKey: listenerKeys.list(filters),
    queryFn: ({ signal }) => fetchJson<ListenersDto>(listenerUrls.list(filters), { signal }),
    initialData,
    refetchInterval: LISTENERS_REFRESH_MS,
  });
}
