import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ServicesControls } from "@/components/system/services-controls";
import { ServicesTable } from "@/components/system/services-table";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/viewer";
import { getServicesOverview } from "@/lib/system/services/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("systemServices");
  return { title: t("title") };
}

// ADMIN and AUDITOR see every service; only an ADMIN gets the switches' buttons (the action checks too).
export default async function ServicesPage() {
  const viewer = await requirePage("/system/services");
  const [overview, t, format] = await Promise.all([
    getServicesOverview(viewer),
    getTranslations("systemServices"),
    getFormatter(),
  ]);
  const canManage = viewer.role === "ADMIN";
  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      {canManage ? null : (
        <Alert>
          <AlertDescription>{t("readOnly")}</AlertDescription>
        </Alert>
      )}
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("controls.heading")}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-3">
          <ServicesControls controls={overview.controls} canManage={canManage} />
          <p className="text-sm text-muted-foreground" data-testid="queue-summary">
            {t("queue", {
              due: overview.queue.due,
              age: t("ageSeconds", { seconds: overview.queue.oldestAgeSeconds }),
            })}
          </p>
        </CardContent>
      </Card>
      <ServicesTable rows={overview.rows} />
      <p className="text-xs text-muted-foreground">
        {t("checkedAt", {
          date: format.dateTime(overview.checkedAt, { dateStyle: "short", timeStyle: "medium" }),
        })}
      </p>
    </div>
  );
}
