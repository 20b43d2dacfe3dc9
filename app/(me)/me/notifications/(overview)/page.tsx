import { UserRound } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReceivedTabs } from "@/components/history/received-tabs";
import { DigestHourForm } from "@/components/subscriptions/digest-hour-form";
import { MyNotifications } from "@/components/subscriptions/my-notifications";
import { QuietHoursForm } from "@/components/subscriptions/quiet-hours-form";
import { SuppressionNotice } from "@/components/suppressions/suppression-notice";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/viewer";
import { catalogView, categoryNames } from "@/lib/subscriptions/catalog-view";
import { readerLocale } from "@/lib/subscriptions/page-data";
import { getMyQuietHours, getRecipientDeliveries } from "@/lib/subscriptions/queries";
import { getRecipientSuppression } from "@/lib/suppressions/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("subscriptions.me");
  return { title: t("title") };
}

// GET /me/notifications – what I receive and why, what I may add, my mutes, modes, digest hour and quiet hours (every signed-in person)
export default async function MyNotificationsPage() {
  const viewer = await requirePage("/me/notifications");
  const me = { kind: "user" as const, id: viewer.id };
  const [deliveries, locale, quietWindow, suppression] = await Promise.all([
    getRecipientDeliveries(viewer, me),
    readerLocale(),
    getMyQuietHours(viewer),
    getRecipientSuppression(viewer, me),
  ]);
  const t = await getTranslations("subscriptions.me");

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <LinkButton variant="outline" href="/me" icon={UserRound}>
            {t("profileLink")}
          </LinkButton>
        }
      />
      <ReceivedTabs current="settings" />
      {suppression ? <SuppressionNotice suppression={suppression} audience="self" /> : null}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,1fr)] xl:items-start">
        <MyNotifications
          role={viewer.role}
          catalog={catalogView(locale)}
          categoryNames={categoryNames(locale)}
          initialDeliveries={deliveries}
          suppressed={suppression !== null}
        />
        <div className="grid gap-6 xl:sticky xl:top-20">
          <Card className="gap-4">
            <CardHeader>
              <CardTitle as="h2">{t("digest.heading")}</CardTitle>
            </CardHeader>
            <CardContent>
              <DigestHourForm digestHour={viewer.digestHour} timeZone={viewer.timeZone} />
            </CardContent>
          </Card>
          <Card className="gap-4">
            <CardHeader>
              <CardTitle as="h2">{t("quiet.heading")}</CardTitle>
            </CardHeader>
            <CardContent>
              <QuietHoursForm window={quietWindow} timeZone={viewer.timeZone} />
            </CardContent>
          </Card>
        </div>
      </div>
    </div>
  );
}
