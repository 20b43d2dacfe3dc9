import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DashboardSection } from "@/components/system/dashboard/dashboard-section";
import { DevicesOverviewSection } from "@/components/system/dashboard/devices-overview";
import { DownloadPdfButton } from "@/components/system/dashboard/download-pdf-button";
import { ListenersOverviewSection } from "@/components/system/dashboard/listeners-overview";
import { ResourcesOverviewSection } from "@/components/system/dashboard/resources-overview";
import { ServicesOverviewSection } from "@/components/system/dashboard/services-overview";
import { PageHeader } from "@/components/ui/page-header";
import { STAFF } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";
import { getSystemDashboard } from "@/lib/system/dashboard/queries";
import { resourcesSearchSchema } from "@/lib/system/resources/schemas";
import { parseSearchParams, type SearchParamsInput } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("system.dashboard");
  return { title: t("title") };
}

// GET /system?hours= – services, listeners summary, resources and devices on one page (ADMIN, AUDITOR),
// read by the four system pages' own queries; the PDF link carries the same chart window.
export default async function SystemDashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParamsInput>;
}) {
  const viewer = await requireViewer(STAFF);
  const { params } = parseSearchParams(resourcesSearchSchema, await searchParams);
  const [dashboard, t] = await Promise.all([
    getSystemDashboard(viewer, params),
    getTranslations("system.dashboard"),
  ]);
  const section = (key: "services" | "listeners" | "resources" | "devices") => ({
    id: `dashboard-${key}`,
    title: t(`sections.${key}`),
    href: `/system/${key}` as const,
    linkLabel: t("openPage", { section: t(`sections.${key}`) }),
  });
  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<DownloadPdfButton hours={params.hours} label={t("download")} />}
      />
      <p className="text-xs text-muted-foreground">{t("downloadNotice")}</p>
      <DashboardSection {...section("services")}>
        <ServicesOverviewSection services={dashboard.services} />
      </DashboardSection>
      <div className="grid gap-6 xl:grid-cols-2">
        <DashboardSection {...section("listeners")}>
          <ListenersOverviewSection listeners={dashboard.listeners} />
        </DashboardSection>
        <DashboardSection {...section("devices")}>
          <DevicesOverviewSection devices={dashboard.devices} />
        </DashboardSection>
      </div>
      <DashboardSection
        {...section("resources")}
        description={t("resources.chart", { hours: dashboard.resources.hours })}
      >
        <ResourcesOverviewSection resources={dashboard.resources} />
      </DashboardSection>
    </div>
  );
}
