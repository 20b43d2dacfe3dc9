"use client";

import { Pause, Play } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { defaultLocale, isAppLocale } from "@/lib/i18n/locales";
import { useErrorText } from "@/lib/i18n/use-error-text";
import { formatPercent } from "@/lib/system/format";
import type { ResourcesOverview } from "@/lib/system/resources/queries";
import { thresholdTypeHref } from "@/lib/system/thresholds/names";
import { ResourcesChartIsland } from "./resources-chart-island";
import { RESOURCES_REFRESH_MS, useResources } from "./use-resources";

/**
 * The last reading, the chart and the thresholds' states, re-read every few seconds until the person
 * pauses it (WCAG 2.2.2: content that updates by itself can be paused). The pause state is announced;
 * the refreshed figures are not, so a screen reader is not interrupted every five seconds.
 */
export function ResourcesLive({
  hours,
  initialData,
  typeNames,
}: {
  hours: number;
  initialData: ResourcesOverview;
  /** Each rule's catalog type name in the reader's language, by key (the catalog stays on the server). */
  typeNames: Record<string, string>;
}) {
  const t = useTranslations("system.resources");
  const tm = useTranslations("system.resources.metrics");
  const format = useFormatter();
  const requested = useLocale();
  const locale = isAppLocale(requested) ? requested : defaultLocale;
  const errorText = useErrorText();
  const [paused, setPaused] = useState(false);
  const { data, error } = useResources(hours, initialData, paused);
  const percent = (value: number) => formatPercent(value, locale);
  const latest = data.latest;
  const points = data.points.map((point) => ({
    ...point,
    label: format.dateTime(new Date(point.at), {
      dateStyle: data.hours > 24 ? "short" : undefined,
      timeStyle: "short",
    }),
  }));
  const metricName = (metric: "cpu" | "memory" | "disk") => tm(metric === "disk" ? "diskFree" : metric);

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => setPaused((value) => !value)}
          data-testid="resources-refresh-toggle"
        >
          {paused ? <Play aria-hidden="true" /> : <Pause aria-hidden="true" />}
          {paused ? t("live.resume") : t("live.pause")}
        </Button>
        <p
          className="text-sm text-muted-foreground"
          role="status"
          aria-live="polite"
          data-testid="resources-refresh-status"
          data-paused={paused}
        >
          {paused ? t("live.paused") : t("live.running", { seconds: RESOURCES_REFRESH_MS / 1000 })}
        </p>
      </div>
      {error ? (
        <Alert variant="destructive">
          <AlertDescription>
            {t("live.refreshFailed", { reason: errorText(error.message) ?? "" })}
          </AlertDescription>
        </Alert>
      ) : null}
      {latest ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2">
              {t("latest", {
                host: latest.host,
                date: format.dateTime(new Date(latest.at), { dateStyle: "short", timeStyle: "medium" }),
              })}
            </CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-2 text-sm sm:grid-cols-3" data-testid="resources-latest">
              <div>
                <dt className="text-muted-foreground">{tm("cpu")}</dt>
                <dd className="text-2xl tabular-nums">{percent(latest.cpuPercent)}</dd>
              </div>
              <div>
                <dt className="text-muted-foreground">{tm("memory")}</dt>
                <dd className="text-2xl tabular-nums">{percent(latest.memoryPercent)}</dd>
              </div>
              <div>
                <dt className="text-muted-foreground">{tm("diskFree")}</dt>
                <dd className="text-2xl tabular-nums">{percent(latest.diskFreePercent)}</dd>
                <dd className="text-xs text-muted-foreground">{latest.volume}</dd>
              </div>
            </dl>
          </CardContent>
        </Card>
      ) : (
        <EmptyState title={t("empty.title")} description={t("empty.description")} />
      )}
      {points.length > 0 ? (
        <ResourcesChartIsland
          data={points}
          series={[
            { key: "cpu", label: tm("cpu"), color: "#3b82f6" },
            { key: "memory", label: tm("memory"), color: "#f59e0b" },
            { key: "diskFree", label: tm("diskFree"), color: "#10b981" },
          ]}
        />
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("thresholds.heading")}</CardTitle>
        </CardHeader>
        <CardContent>
          <Table data-testid="resources-thresholds">
            <TableColumns
              columns={[
                { label: t("thresholds.rule") },
                { label: t("thresholds.condition") },
                { label: t("thresholds.state") },
              ]}
            />
            <TableBody>
              {data.thresholds.map((rule) => (
                <TableRow key={rule.key} data-rule={rule.key}>
                  <TableCell>
                    <Link
                      href={thresholdTypeHref(rule.key) as Route}
                      className="underline-offset-4 hover:underline"
                      data-testid="threshold-type"
                    >
                      {typeNames[rule.key] ?? rule.key}
                    </Link>
                  </TableCell>
                  <TableCell data-testid="threshold-condition">
                    {t(`thresholds.${rule.direction}`, {
                      metric: metricName(rule.metric),
                      level: percent(rule.level),
                      minutes: rule.sustainForSeconds / 60,
                    })}
                  </TableCell>
                  <TableCell>
                    <Badge variant={rule.fired ? "warning" : "outline"}>
                      {rule.fired ? t("thresholds.fired") : t("thresholds.armed")}
                    </Badge>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {data.thresholds[0] ? (
            <p className="mt-3 text-xs text-muted-foreground">
              {t("thresholds.hysteresis", { points: data.thresholds[0].hysteresisPoints })}
            </p>
          ) : null}
        </CardContent>
      </Card>
    </div>
  );
}
