"use client";

import { useTranslations } from "next-intl";
import { UrlFilters } from "@/components/shell/url-filters";
import { contactStatuses } from "@/lib/contacts/values";

/** Search and status filters of the contacts list; they live in the URL. */
export function ContactFilters() {
  const t = useTranslations("subscriptions.contacts");
  return (
    <UrlFilters
      id="contacts"
      searchLabel={t("searchLabel")}
      searchPlaceholder={t("searchPlaceholder")}
      selects={[
        {
          name: "status",
          label: t("statusLabel"),
          options: [
            { value: "", label: t("status.all") },
            ...contactStatuses.map((status) => ({ value: status, label: t(`status.${status}`) })),
          ],
        },
      ]}
    />
  );
}
