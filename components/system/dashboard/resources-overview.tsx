import type { Route } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ResourcesChartIsland } from "@/components/system/resources-chart-island";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { defaultLocale, isAppLocale } from "@/lib/i18n/locales";
import { formatPercent } from "@/lib/system/format";
import type { ResourcesOverview } from "@/lib/system/resources/queries";
import { thresholdTypeHref, thresholdTypeName } from "@/lib/system/thresholds/names";

/** The resources section: the last reading, the resources page's chart, and which threshold rules fired. */
export async function ResourcesOverviewSection({ resources }: { resources: ResourcesOverview }) {
  const [t, format, requested] = await Promise.all([getTranslations("system"), getFormatter(), getLocale()]);
  const locale = isAppLocale(requested) ? requested : defaultLocale;
  const { latest } = resources;
  const percent = (value: number) => formatPercent(value, locale);
  const data = resources.points.map((point) => ({
    ...point,
    label: format.dateTime(new Date(point.at), {
      dateStyle: resources.hours > 24 ? "short" : undefined,
      timeStyle: "short",
    }),
  }));
  const fired = resources.thresholds.filter((rule) => rule.fired);
  if (!latest) {
    return <EmptyState title={t("resources.empty.title")} description={t("resources.empty.description")} />;
  }
  return (
    <>
      <p className="text-sm text-muted-foreground">
        {t("resources.latest", {
          host: latest.host,
          date: format.dateTime(new Date(latest.at), { dateStyle: "short", timeStyle: "medium" }),
        })}
      </p>
      <dl className="grid gap-2 text-sm sm:grid-cols-3" data-testid="dashboard-resources-latest">
        <div>
          <dt className="text-muted-foreground">{t("resources.metrics.cpu")}</dt>
          <dd className="text-2xl tabular-nums">{percent(latest.cpuPercent)}</dd>
        </div>
        <div>
          <dt className="text-muted-foreground">{t("resources.metrics.memory")}</dt>
          <dd className="text-2xl tabular-nums">{percent(latest.memoryPercent)}</dd>
        </div>
        <div>
          <dt className="text-muted-foreground">{t("resources.metrics.diskFree")}</dt>
          <dd className="text-2xl tabular-nums">{percent(latest.diskFreePercent)}</dd>
          <dd className="text-xs text-muted-foreground">{latest.volume}</dd>
        </div>
      </dl>
      {data.length > 0 ? (
        <ResourcesChartIsland
          data={data}
          series={[
            { key: "cpu", label: t("resources.metrics.cpu"), color: "#3b82f6" },
            { key: "memory", label: t("resources.metrics.memory"), color: "#f59e0b" },
            { key: "diskFree", label: t("resources.metrics.diskFree"), color: "#10b981" },
          ]}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-muted-foreground">{t("dashboard.resources.fired")}</span>
        {fired.length === 0 ? (
          <span>{t("dashboard.resources.noneFired")}</span>
        ) : (
          fired.map((rule) => (
            <Badge key={rule.key} variant="warning" asChild>
              <Link href={thresholdTypeHref(rule.key) as Route} data-testid="dashboard-fired-threshold">
                {thresholdTypeName(rule.key, locale)}
              </Link>
            </Badge>
          ))
        )}
      </div>
    </>
  );
}
