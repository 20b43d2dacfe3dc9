"use client";

import { useQuery } from "@tanstack/react-query";
import type { AuditEntryDetail } from "@/lib/audit/queries";
import { auditKeys, auditUrls } from "@/lib/audit/keys";
import { fetchJson } from "@/lib/query/fetch-json";

/** One audit entry in full, fetched when its dialog opens (entries never change: kept as long as the page). */
export function useAuditEntry(id: string) {
  return useQuery({
    queryKey: auditKeys.entry(id),
    queryFn: ({ signal }) =>
      fetchJson<{ entry: AuditEntryDetail }>(auditUrls.entry(id), { signal }).then(({ entry }) => entry),
    staleTime: Infinity,
  });
}
