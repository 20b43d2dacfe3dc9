import { Search } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";
import { suppressionReasons, type SuppressionListParams } from "@/lib/suppressions/schemas";

/** Search and reason filter: a plain GET form, so it works before (and without) JavaScript. */
export async function SuppressionFilters({ params }: { params: SuppressionListParams }) {
  const t = await getTranslations("suppressions");
  return (
    <form method="get" action="/suppressions" role="search" className="flex flex-wrap items-end gap-3">
      <div className="grid gap-1.5">
        <Label htmlFor="suppressions-q" className="sr-only">
          {t("searchLabel")}
        </Label>
        <Input
          id="suppressions-q"
          name="q"
          type="search"
          defaultValue={params.q}
          placeholder={t("searchPlaceholder")}
          className="w-72"
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="suppressions-reason" className="sr-only">
          {t("reasonLabel")}
        </Label>
        <NativeSelect id="suppressions-reason" name="reason" defaultValue={params.reason} className="w-48">
          {(["all", ...suppressionReasons] as const).map((reason) => (
            <NativeSelectOption key={reason} value={reason}>
              {t(`reasons.${reason}`)}
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
