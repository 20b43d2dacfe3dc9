"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/query/fetch-json";
import { resourceKeys, resourceUrls } from "@/lib/system/resources/keys";
import type { ResourcesOverview } from "@/lib/system/resources/queries";

/** How often the resources page re-reads the samples and the thresholds' states (as the listeners page). */
export const RESOURCES_REFRESH_MS = 5_000;

/** The resources overview, starting from the server's render and polled while the page is open and not paused. */
export function useResources(hours: number, initialData: ResourcesOverview, paused: boolean) {
  return useQuery({
    queryKey: resourceKeys.overview(hours),
    queryFn: ({ signal }) => fetchJson<ResourcesOverview>(resourceUrls.overview(hours), { signal }),
    initialData,
    refetchInterval: paused ? false : RESOURCES_REFRESH_MS,
  });
}
