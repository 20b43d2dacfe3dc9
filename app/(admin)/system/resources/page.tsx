import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ResourcesLive } from "@/components/system/resources-live";
import { ThresholdsForm } from "@/components/system/thresholds-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/viewer";
import { defaultLocale, isAppLocale } from "@/lib/i18n/locales";
import { getResources } from "@/lib/system/resources/queries";
import { resourcesSearchSchema } from "@/lib/system/resources/schemas";
import { thresholdTypeName } from "@/lib/system/thresholds/names";
import { getThresholdSettings } from "@/lib/system/thresholds/queries";
import { parseSearchParams, type SearchParamsInput } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("system");
  return { title: t("resources.title") };
}

// ADMIN and AUDITOR: the sampler's readings (one a minute, averaged for the chart, re-read every few
// seconds by the island) and the thresholds; an ADMIN edits them, an AUDITOR reads them.
export default async function ResourcesPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requirePage("/system/resources");
  const { params } = parseSearchParams(resourcesSearchSchema, await searchParams);
  const [overview, thresholds, t, format, requested] = await Promise.all([
    getResources(viewer, params),
    getThresholdSettings(viewer),
    getTranslations("system.resources"),
    getFormatter(),
    getLocale(),
  ]);
  const locale = isAppLocale(requested) ? requested : defaultLocale;
  const typeNames = Object.fromEntries(
    overview.thresholds.map((rule) => [rule.key, thresholdTypeName(rule.key, locale)]),
  );
  const readOnly = viewer.role !== "ADMIN";
  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={t("description", { hours: overview.hours })} />
      <ResourcesLive hours={overview.hours} initialData={overview} typeNames={typeNames} />
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("thresholds.form.heading")}</CardTitle>
          <CardDescription>
            {t("thresholds.form.description")} {readOnly ? t("thresholds.form.readOnly") : null}{" "}
            {thresholds.saved && thresholds.updatedAt
              ? t("thresholds.form.updated", {
                  name: thresholds.updatedBy ?? "—",
                  date: format.dateTime(thresholds.updatedAt, { dateStyle: "short", timeStyle: "short" }),
                })
              : t("thresholds.form.defaults")}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ThresholdsForm values={thresholds.values} readOnly={readOnly} />
        </CardContent>
      </Card>
    </div>
  );
}
