"use client";

import { useTranslations } from "next-intl";

/**
 * Validation and action messages are keys of common.errors.*; anything else is shown as given.
 * "unexpected" carries the request id the failure was logged under.
 */
export function useErrorText() {
  const t = useTranslations("common.errors");
  return (key: string | undefined, values?: { requestId?: string }) => {
    if (!key) return undefined;
    if (!t.has(key)) return key;
    return key === "unexpected" ? t(key, { requestId: values?.requestId ?? "—" }) : t(key);
  };
}
