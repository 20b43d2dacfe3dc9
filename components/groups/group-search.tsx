"use client";

import { useTranslations } from "next-intl";
import { UrlFilters } from "@/components/shell/url-filters";

/** The groups list's search; it lives in the URL. */
export function GroupSearch() {
  const t = useTranslations("groups");
  return <UrlFilters id="groups" searchLabel={t("searchLabel")} searchPlaceholder={t("searchPlaceholder")} />;
}
