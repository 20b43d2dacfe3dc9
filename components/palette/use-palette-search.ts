"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDebouncedValue } from "@/components/templates/use-debounced-value";
import { fetchJson } from "@/lib/query/fetch-json";
import { paletteKeys, paletteUrls } from "@/lib/search/palette/keys";
import { PALETTE_QUERY_MAX_LENGTH, type PaletteResults } from "@/lib/search/palette/types";

/** Debounce before asking the server: one request per pause in typing, not per key. */
const DEBOUNCE_MS = 150;

/**
 * The palette's destinations for what was typed, ranked by the server. Keeps the previous answer on
 * screen while the next one loads; `settled` says whether the answer is for the text as typed now.
 */
export function usePaletteSearch(text: string) {
  const query = text.trim().slice(0, PALETTE_QUERY_MAX_LENGTH);
  const debounced = useDebouncedValue(query, DEBOUNCE_MS);
  const result = useQuery({
    queryKey: paletteKeys.search(debounced),
    queryFn: ({ signal }) => fetchJson<PaletteResults>(paletteUrls.search(debounced), { signal }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return { ...result, settled: debounced === query && !result.isPlaceholderData && !result.isFetching };
}
