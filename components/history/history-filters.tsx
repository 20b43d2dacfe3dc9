import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import {
  DateRangeFilter,
  FilterActions,
  FilterForm,
  SearchFilter,
  SelectFilter,
} from "@/components/shell/filter-fields";
import { filterProps } from "@/components/shell/filter-props";
import { Button } from "@/components/ui/button";
import {
  deliveryStatuses,
  DUE_NOW,
  historyHref,
  type HistoryFilters as Filters,
} from "@/lib/history/filters";
import { StatusFilter } from "./status-filter";

interface Option {
  key: string;
  name: string;
}

/** The history's filters as a GET form: the URL holds them, so a filtered view can be bookmarked and shared. */
export async function HistoryFilters({
  filters,
  invalidEvent,
  categories,
  types,
}: {
  filters: Filters;
  /** The event id the URL carried that is not an id: kept in the field and explained, not applied. */
  invalidEvent: string | null;
  categories: Option[];
  types: (Option & { categoryName: string })[];
}) {
  const t = await getTranslations("history.filters");
  const ts = await getTranslations("history.status");
  const filter = filterProps("history", t);
  return (
    <FilterForm
      action="/history"
      label={t("label")}
      className="grid sm:grid-cols-2 sm:items-end lg:grid-cols-4"
    >
      <SelectFilter
        {...filter("type")}
        anyLabel={t("anyType")}
        options={types.map((type) => ({ value: type.key, label: `${type.categoryName} — ${type.name}` }))}
        defaultValue={filters.type ?? ""}
        className="lg:col-span-2"
      />
      <SelectFilter
        {...filter("category")}
        anyLabel={t("anyCategory")}
        options={categories.map((category) => ({ value: category.key, label: category.name }))}
        defaultValue={filters.category ?? ""}
      />
      <SearchFilter
        {...filter("recipient")}
        inputMode="email"
        defaultValue={filters.recipient}
        placeholder={t("recipientPlaceholder")}
        maxLength={320}
      />
      {/* No maxLength: a pasted id with spaces around it would be cut; the server trims, then checks.
          Keyed by what was read, so a soft navigation shows the trimmed id instead of what was typed. */}
      <SearchFilter
        key={filters.event ?? invalidEvent ?? ""}
        {...filter("event")}
        defaultValue={filters.event ?? invalidEvent ?? undefined}
        placeholder={t("eventPlaceholder")}
        inputClassName="font-mono"
        aria-invalid={invalidEvent ? true : undefined}
        aria-describedby={invalidEvent ? "history-event-error" : undefined}
      >
        <p id="history-event-error" aria-live="polite" className="text-sm text-destructive empty:hidden">
          {invalidEvent ? t("invalidEvent") : null}
        </p>
      </SearchFilter>
      <StatusFilter
        legend={t("status")}
        options={deliveryStatuses.map((status) => ({ value: status, label: ts(status) }))}
        selected={filters.status ?? []}
        due={{ value: DUE_NOW, label: t("dueNow"), hint: t("dueNowHint"), checked: Boolean(filters.due) }}
        className="sm:col-span-2 lg:col-span-4"
      />
      <DateRangeFilter
        idPrefix="history"
        labels={{ from: t("from"), to: t("to") }}
        from={filters.from}
        to={filters.to}
        className="sm:col-span-2 lg:col-span-2"
      />
      <FilterActions
        labels={{ apply: t("apply"), clear: t("clear") }}
        clearHref="/history"
        className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-4"
      >
        {/* A plain link: the browser downloads the streamed file itself. */}
        <Button variant="outline" asChild className="sm:ml-auto">
          <a
            href={historyHref("/api/internal/history/export", filters)}
            download
            data-testid="history-export"
          >
            <Download aria-hidden />
            {t("export")}
          </a>
        </Button>
      </FilterActions>
    </FilterForm>
  );
}
