import { Search } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";
import type { ContactListParams } from "@/lib/contacts/schemas";

/** Search and status filter: a plain GET form, so it works before (and without) JavaScript. */
export async function ContactFilters({ params }: { params: ContactListParams }) {
  const t = await getTranslations("subscriptions.contacts");
  return (
    <form method="get" action="/contacts" role="search" className="flex flex-wrap items-end gap-3">
      <div className="grid gap-1.5">
        <Label htmlFor="contacts-q" className="sr-only">
          {t("searchLabel")}
        </Label>
        <Input
          id="contacts-q"
          name="q"
          type="search"
          defaultValue={params.q}
          placeholder={t("searchPlaceholder")}
          className="w-72"
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="contacts-status" className="sr-only">
          {t("statusLabel")}
        </Label>
        <NativeSelect id="contacts-status" name="status" defaultValue={params.status} className="w-44">
          {(["all", "active", "disabled"] as const).map((status) => (
            <NativeSelectOption key={status} value={status}>
              {t(`status.${status}`)}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <Button type="submit" variant="secondary">
        <Search aria-hidden />
        {t("search")}
      </Button>
    </form>
  );
}
