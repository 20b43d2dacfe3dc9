"use client";

import { useTranslations } from "next-intl";

/** Validation and action messages are keys of common.errors.*; anything else is shown as given. */
export function useErrorText() {
  const t = useTranslations("common.errors");
  return (key: string | undefined) => (key ? (t.has(key) ? t(key) : key) : undefined);
}
