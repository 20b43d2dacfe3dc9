"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { AppLocale } from "@/lib/i18n/locales";
import { fetchJson } from "@/lib/query/fetch-json";
import { templateKeys } from "@/lib/templates/keys";
import type { RenderedEmail } from "@/lib/templates/render";
import type { TypeKey } from "@/lib/templates/payloads";

interface PreviewArgs {
  typeKey: TypeKey;
  locale: AppLocale;
  /** The last valid payload as canonical JSON, or null while the editor has none. */
  payload: string | null;
  payloadHash: string;
  override: { subject: string; intro: string } | null;
}

/** Server-rendered preview; keeps showing the previous e-mail while a new one renders or the payload is invalid. */
export function useTemplatePreview({ typeKey, locale, payload, payloadHash, override }: PreviewArgs) {
  return useQuery({
    queryKey: templateKeys.preview(typeKey, locale, payloadHash, override),
    queryFn: ({ signal }) =>
      fetchJson<RenderedEmail>("/api/internal/templates/preview", {
        method: "POST",
        body: `{"typeKey":${JSON.stringify(typeKey)},"locale":${JSON.stringify(locale)},"override":${JSON.stringify(override)},"payload":${payload}}`,
        signal,
      }),
    enabled: payload !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
}
