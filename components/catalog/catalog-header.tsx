import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";

interface Totals {
  types: number;
  categories: number;
  mandatory: number;
}

/** The catalog's title and its totals (every type, whatever the filters). */
export async function CatalogHeader({ totals, actions }: { totals: Totals; actions?: React.ReactNode }) {
  const t = await getTranslations("catalog");
  const stats = [
    { id: "types", value: totals.types, label: t("totals.types", { count: totals.types }) },
    {
      id: "categories",
      value: totals.categories,
      label: t("totals.categories", { count: totals.categories }),
    },
    { id: "mandatory", value: totals.mandatory, label: t("totals.mandatory", { count: totals.mandatory }) },
  ];
  return (
    <div className="grid gap-4">
      <PageHeader title={t("title")} description={t("description")} actions={actions} />
      <dl aria-label={t("totals.label")} className="grid grid-cols-3 gap-3 sm:flex sm:flex-wrap">
        {stats.map((stat) => (
          <div
            key={stat.id}
            data-testid={`catalog-total-${stat.id}`}
            className="flex flex-col-reverse gap-0.5 rounded-lg border bg-card px-4 py-2.5 text-card-foreground sm:min-w-36"
          >
            <dt className="text-xs text-muted-foreground">{stat.label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{stat.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
