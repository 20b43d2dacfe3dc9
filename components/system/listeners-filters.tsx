import { getTranslations } from "next-intl/server";
import { ClearFiltersLink } from "@/components/shell/clear-filters-link";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SelectField } from "@/components/ui/select-field";
import type { ListenerFilters } from "@/lib/system/listeners/schemas";
import { tcpStateValues } from "@/lib/system/values";

/** State and port filters as a plain GET form: the URL holds them, and it works before any script loads. */
export async function ListenersFilters({ filters }: { filters: ListenerFilters }) {
  const t = await getTranslations("system");
  const filtered = filters.state !== undefined || filters.port !== undefined;
  return (
    <form role="search" method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <SelectField
        id="listeners-state"
        name="state"
        label={t("listeners.filters.state")}
        defaultValue={filters.state ?? ""}
        options={[
          { value: "", label: t("listeners.filters.anyState") },
          ...tcpStateValues.map((state) => ({
            value: state,
            label: `${state} – ${t(`tcp.states.${state}`)}`,
          })),
        ]}
        selectClassName="sm:w-72"
      />
      <Field id="listeners-port" label={t("listeners.filters.port")}>
        <Input
          {...fieldControlProps("listeners-port")}
          name="port"
          type="number"
          min={0}
          max={65535}
          inputMode="numeric"
          defaultValue={filters.port ?? ""}
          className="sm:w-32"
        />
      </Field>
      <div className="flex gap-2">
        <Button type="submit">{t("listeners.filters.apply")}</Button>
        {filtered ? (
          <ClearFiltersLink href="/system/listeners">{t("listeners.filters.clear")}</ClearFiltersLink>
        ) : null}
      </div>
    </form>
  );
}
