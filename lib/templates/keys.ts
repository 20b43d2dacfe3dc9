// TanStack Query keys of the templates feature.
import type { AppLocale } from "@/lib/i18n/locales";

export const templateKeys = {
  all: ["templates"] as const,
  preview: (
    typeKey: string,
    locale: AppLocale,
    payloadHash: string,
    override: { subject: string; intro: string } | null,
  ) =>
    [
      ...templateKeys.all,
      "preview",
      typeKey,
      locale,
      payloadHash,
      override?.subject ?? null,
      override?.intro ?? null,
    ] as const,
};
