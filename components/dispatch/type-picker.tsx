import type { Route } from "next";
import Form from "next/form";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select";

interface Category {
  key: string;
  name: string;
  types: { key: string; name: string }[];
}

/** Choose the type to dispatch: a GET form, so /dispatch?type=… can be linked from the catalog. */
export async function TypePicker({ categories, selected }: { categories: Category[]; selected?: string }) {
  const t = await getTranslations("dispatch");
  return (
    <Form
      action={"/dispatch" as Route}
      aria-label={t("pickLabel")}
      className="flex flex-col gap-3 rounded-xl border bg-card p-4 sm:flex-row sm:items-end"
    >
      <div className="grid flex-1 gap-2">
        <Label htmlFor="dispatch-type">{t("type")}</Label>
        <NativeSelect id="dispatch-type" name="type" defaultValue={selected ?? ""} required>
          <option value="" disabled>
            {t("chooseType")}
          </option>
          {categories.map((category) => (
            <optgroup key={category.key} label={category.name}>
              {category.types.map((type) => (
                <option key={type.key} value={type.key}>
                  {type.name}
                </option>
              ))}
            </optgroup>
          ))}
        </NativeSelect>
      </div>
      <Button type="submit" variant={selected ? "outline" : "default"}>
        {selected ? t("changeType") : t("continue")}
      </Button>
    </Form>
  );
}
