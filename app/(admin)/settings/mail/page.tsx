import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { MailSettingsForm } from "@/components/settings/mail-settings-form";
import { TransportStatusCard } from "@/components/settings/transport-status-card";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/viewer";
import { getMailSettingsView } from "@/lib/mail/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.mail");
  return { title: t("title") };
}

// Administrators change the order and send test e-mails; auditors see the same page read-only (the
// actions refuse them anyway).
export default async function MailSettingsPage() {
  const viewer = await requirePage("/settings/mail");
  const canManage = viewer.role === "ADMIN";
  const [view, t, tt, format] = await Promise.all([
    getMailSettingsView(viewer),
    getTranslations("settings.mail"),
    getTranslations("settings.mail.transports"),
    getFormatter(),
  ]);
  const saved = view.updatedAt
    ? view.updatedBy
      ? t("lastSaved", {
          date: format.dateTime(view.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
          name: view.updatedBy,
        })
      : t("lastSavedUnknown", {
          date: format.dateTime(view.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
        })
    : t("notSaved", { primary: tt(view.primary) });

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
          <CardTitle as="h2">{t("form.heading")}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <p className="text-sm text-muted-foreground">
            {saved} {t("from", { from: view.from })}
          </p>
          <MailSettingsForm
            values={{
              primary: view.primary,
              secondary: view.secondary,
              failoverAfter: view.failoverAfter,
              coolDownSeconds: view.coolDownSeconds,
              replyTo: view.replyTo,
              envReplyTo: view.envReplyTo,
            }}
            configured={view.transports
              .filter((transport) => transport.configured)
              .map((transport) => transport.name)}
            readOnly={!canManage}
          />
        </CardContent>
      </Card>
      <section aria-labelledby="transports-heading" className="grid gap-4">
        <h2 id="transports-heading" className="text-lg font-semibold">
          {tt("heading")}
        </h2>
        <div className="grid gap-4 lg:grid-cols-3">
          {view.transports.map((transport) => (
            <TransportStatusCard key={transport.name} transport={transport} canManage={canManage} />
          ))}
        </div>
      </section>
    </div>
  );
}
