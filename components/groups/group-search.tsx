"use client";

import { useTranslations } from "next-intl";
import { useListParams } from "@/components/shell/use-list-params";
import { SearchBox } from "@/components/ui/search-box";
import { Spinner } from "@/components/ui/spinner";

/** The groups list's search; it lives in the URL. */
export function GroupSearch() {
  const t = useTranslations("groups");
  const tc = useTranslations("common");
  const { searchParams, update, pending } = useListParams();
  return (
    <div role="search" className="flex items-center gap-3">
      <SearchBox
        id="groups-search"
        label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        value={searchParams.get("q") ?? ""}
        onSearch={(value) => update({ q: value })}
      />
      {pending ? <Spinner label={tc("loading")} className="text-muted-foreground" /> : null}
    </div>
  );
}
