"use client";

import { useTranslations } from "next-intl";
import { UrlFilters } from "@/components/shell/url-filters";
import { roles, userStatuses } from "@/lib/users/values";

/** Search, role and status filters of the users list; they live in the URL. */
export function UserFilters() {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  return (
    <UrlFilters
      id="users"
      searchLabel={t("searchLabel")}
      searchPlaceholder={t("searchPlaceholder")}
      selects={[
        {
          name: "role",
          label: t("columns.role"),
          options: [
            { value: "", label: t("allRoles") },
            ...roles.map((role) => ({ value: role, label: tc(`roles.${role}`) })),
          ],
        },
        {
          name: "status",
          label: t("columns.status"),
          options: [
            { value: "", label: t("allStatuses") },
            ...userStatuses.map((status) => ({ value: status, label: t(`status.${status}`) })),
          ],
        },
      ]}
    />
  );
}
