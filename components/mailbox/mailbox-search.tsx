import { getTranslations } from "next-intl/server";
import { FilterActions, FilterForm, SearchFilter } from "@/components/shell/filter-fields";

/** Search the mailbox by recipient or subject; a GET form, so the URL holds the search. */
export async function MailboxSearch({ q }: { q?: string }) {
  const t = await getTranslations("history.mailbox");
  return (
    <FilterForm action="/mailbox" label={t("searchLabel")} className="flex flex-col sm:flex-row sm:items-end">
      <SearchFilter
        id="mailbox-q"
        name="q"
        label={t("search")}
        defaultValue={q}
        placeholder={t("searchPlaceholder")}
        maxLength={200}
        className="flex-1"
      />
      <FilterActions
        labels={{ apply: t("apply"), clear: t("clear") }}
        clearHref="/mailbox"
        className="flex gap-2"
      />
    </FilterForm>
  );
}
