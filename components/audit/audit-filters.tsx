import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";
import type { AuditFilters as Filters } from "@/lib/audit/queries";

/** Filters as a GET form: the URL holds them, so a filtered view can be bookmarked and shared. */
export async function AuditFilters({
  filters,
  targetTypes,
  actions,
}: {
  filters: Filters;
  targetTypes: string[];
  actions: string[];
}) {
  const t = await getTranslations("audit.filters");
  return (
    <Form
      action="/audit"
      role="search"
      aria-label={t("label")}
      className="grid gap-3 rounded-xl border bg-card p-4 sm:grid-cols-2 sm:items-end xl:grid-cols-[minmax(0,1.3fr)_minmax(0,1.3fr)_minmax(0,1fr)_auto_auto]"
    >
      <div className="grid gap-2">
        <Label htmlFor="audit-actor">{t("actor")}</Label>
        <Input
          id="audit-actor"
          name="actor"
          type="search"
          defaultValue={filters.actor}
          placeholder={t("actorPlaceholder")}
          maxLength={200}
        />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="audit-action">{t("action")}</Label>
        <Input
          id="audit-action"
          name="action"
          type="search"
          list="audit-action-options"
          defaultValue={filters.action}
          placeholder={t("actionPlaceholder")}
          maxLength={100}
          className="font-mono"
        />
        <datalist id="audit-action-options">
          {actions.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="audit-target-type">{t("targetType")}</Label>
        <NativeSelect id="audit-target-type" name="targetType" defaultValue={filters.targetType ?? ""}>
          <NativeSelectOption value="">{t("anyTargetType")}</NativeSelectOption>
          {targetTypes.map((type) => (
            <NativeSelectOption key={type} value={type}>
              {type}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div className="grid gap-2">
          <Label htmlFor="audit-from">{t("from")}</Label>
          <Input id="audit-from" name="from" type="date" defaultValue={filters.from} max={filters.to} />
        </div>
        <div className="grid gap-2">
          <Label htmlFor="audit-to">{t("to")}</Label>
          <Input id="audit-to" name="to" type="date" defaultValue={filters.to} min={filters.from} />
        </div>
      </div>
      {filters.targetId ? <input type="hidden" name="targetId" value={filters.targetId} /> : null}
      <div className="flex flex-wrap gap-2 sm:col-span-2 xl:col-span-1">
        <Button type="submit">{t("apply")}</Button>
        <Button variant="ghost" asChild>
          <Link href="/audit">{t("clear")}</Link>
        </Button>
      </div>
    </Form>
  );
}
