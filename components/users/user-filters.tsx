"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useListParams } from "@/components/shell/use-list-params";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { SearchBox } from "@/components/ui/search-box";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { roles, userStatuses } from "@/lib/users/schemas";

/** Search, role and status filters of the users list; they live in the URL. */
export function UserFilters() {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const { searchParams, update, pending } = useListParams();
  const role = searchParams.get("role") ?? "";
  const status = searchParams.get("status") ?? "";
  const q = searchParams.get("q") ?? "";
  const filtered = Boolean(q || role || status);

  return (
    <div role="search" className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
      <SearchBox
        id="users-search"
        label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        value={q}
        onSearch={(value) => update({ q: value })}
      />
      <div className="flex items-center gap-2">
        <Label htmlFor="users-role" className="sr-only">
          {t("columns.role")}
        </Label>
        <NativeSelect
          id="users-role"
          value={role}
          onChange={(event) => update({ role: event.target.value })}
          className="w-40"
        >
          <NativeSelectOption value="">{t("allRoles")}</NativeSelectOption>
          {roles.map((value) => (
            <NativeSelectOption key={value} value={value}>
              {tc(`roles.${value}`)}
            </NativeSelectOption>
          ))}
        </NativeSelect>
        <Label htmlFor="users-status" className="sr-only">
          {t("columns.status")}
        </Label>
        <NativeSelect
          id="users-status"
          value={status}
          onChange={(event) => update({ status: event.target.value })}
          className="w-40"
        >
          <NativeSelectOption value="">{t("allStatuses")}</NativeSelectOption>
          {userStatuses.map((value) => (
            <NativeSelectOption key={value} value={value}>
              {t(`status.${value}`)}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="flex items-center gap-2">
        {filtered ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => update({ q: undefined, role: undefined, status: undefined })}
          >
            <X aria-hidden />
            {tc("clearFilters")}
          </Button>
        ) : null}
        {pending ? <Spinner label={tc("loading")} className="text-muted-foreground" /> : null}
      </div>
    </div>
  );
}
