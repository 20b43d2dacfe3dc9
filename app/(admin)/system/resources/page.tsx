import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ResourcesChartIsland } from "@/components/system/resources-chart-island";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { requirePage } from "@/lib/auth/viewer";
import { getResources } from "@/lib/system/resources/queries";
import { resourcesSearchSchema } from "@/lib/system/resources/schemas";
import { parseSearchParams, type SearchParamsInput } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("system");
  return { title: t("resources.title") };
}

// ADMIN and AUDITOR: the sampler's readings (one a minute, averaged for the chart) and the thresholds.
export default async function ResourcesPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requirePage("/system/resources");
  const { params } = parseSearchParams(resourcesSearchSchema, await searchParams);
  const [overview, t, format] = await Promise.all([
    getResources(viewer, params),
    getTranslations("system"),
    getFormatter(),
  ]);
  const latest = overview.latest;
  const data = overview.points.map((point) => ({
    ...point,
    label: format.dateTime(new Date(point.at), {
      dateStyle: overview.hours > 24 ? "short" : undefined,
      timeStyle: "short",
    }),
  }));
  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("resources.title")}
        description={t("resources.description", { hours: overview.hours })}
      />
      {latest ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2">
              {t("resources.latest", {
                host: latest.host,
                date: format.dateTime(new Date(latest.at), { dateStyle: "short", timeStyle: "medium" }),
              })}
            </CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-2 text-sm sm:grid-cols-3" data-testid="resources-latest">
              <div>
                <dt className="text-muted-foreground">{t("resources.metrics.cpu")}</dt>
                <dd className="text-2xl tabular-nums">
                  {format.number(latest.cpuPercent / 100, { style: "percent", maximumFractionDigits: 1 })}
                </dd>
              </div>
              <div>
                <dt className="text-muted-foreground">{t("resources.metrics.memory")}</dt>
                <dd className="text-2xl tabular-nums">
                  {format.number(latest.memoryPercent / 100, { style: "percent", maximumFractionDigits: 1 })}
                </dd>
              </div>
              <div>
                <dt className="text-muted-foreground">{t("resources.metrics.diskFree")}</dt>
                <dd className="text-2xl tabular-nums">
                  {format.number(latest.diskFreePercent / 100, {
                    style: "percent",
                    maximumFractionDigits: 1,
                  })}
                </dd>
                <dd className="text-xs text-muted-foreground">{latest.volume}</dd>
              </div>
            </dl>
          </CardContent>
        </Card>
      ) : (
        <EmptyState title={t("resources.empty.title")} description={t("resources.empty.description")} />
      )}
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
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("resources.thresholds.heading")}</CardTitle>
        </CardHeader>
        <CardContent>
          <Table data-testid="resources-thresholds">
            <TableColumns
              columns={[
                { label: t("resources.thresholds.rule") },
                { label: t("resources.thresholds.condition") },
                { label: t("resources.thresholds.state") },
              ]}
            />
            <TableBody>
              {overview.thresholds.map((rule) => (
                <TableRow key={rule.key}>
                  <TableCell className="font-mono text-xs">{rule.key}</TableCell>
                  <TableCell>
                    {t(`resources.thresholds.${rule.direction}`, {
                      metric: t(`resources.metrics.${rule.metric === "disk" ? "diskFree" : rule.metric}`),
                      level: rule.level,
                      minutes: rule.sustainForSeconds / 60,
                    })}
                  </TableCell>
                  <TableCell>
                    <Badge variant={rule.fired ? "warning" : "outline"}>
                      {rule.fired ? t("resources.thresholds.fired") : t("resources.thresholds.armed")}
                    </Badge>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <p className="mt-3 text-xs text-muted-foreground">{t("resources.thresholds.hysteresis")}</p>
        </CardContent>
      </Card>
    </div>
  );
}
