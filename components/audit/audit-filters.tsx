import { getTranslations } from "next-intl/server";
import {
  DateRangeFilter,
  FilterActions,
  FilterForm,
  SearchFilter,
  SelectFilter,
} from "@/components/shell/filter-fields";
import { filterProps } from "@/components/shell/filter-props";
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
  const filter = filterProps("audit", t);
  // From xl, three equal columns: actor, action and target type each get a third of the width, so their
  // placeholders show whole (five controls on one row clipped them); dates and buttons form a second row.
  return (
    <FilterForm
      action="/audit"
      label={t("label")}
      className="grid sm:grid-cols-2 sm:items-end xl:grid-cols-3"
    >
      <SearchFilter
        {...filter("actor")}
        defaultValue={filters.actor}
        placeholder={t("actorPlaceholder")}
        maxLength={200}
      />
      <SearchFilter
        {...filter("action")}
        list="audit-action-options"
        defaultValue={filters.action}
        placeholder={t("actionPlaceholder")}
        maxLength={100}
        inputClassName="font-mono"
      >
        <datalist id="audit-action-options">
          {actions.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
      </SearchFilter>
      <SelectFilter
        {...filter("targetType")}
        anyLabel={t("anyTargetType")}
        options={targetTypes.map((type) => ({ value: type, label: type }))}
        defaultValue={filters.targetType ?? ""}
      />
      <DateRangeFilter
        idPrefix="audit"
        labels={{ from: t("from"), to: t("to") }}
        from={filters.from}
        to={filters.to}
        className="xl:col-span-2"
      />
      {filters.targetId ? <input type="hidden" name="targetId" value={filters.targetId} /> : null}
      <FilterActions
        labels={{ apply: t("apply"), clear: t("clear") }}
        clearHref="/audit"
        className="flex flex-wrap gap-2 sm:col-span-2 xl:col-span-1"
      />
    </FilterForm>
  );
}
