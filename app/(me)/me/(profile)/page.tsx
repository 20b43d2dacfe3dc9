import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountCard } from "@/components/profile/account-card";
import { ChangePasswordForm } from "@/components/profile/change-password-form";
import { PreferencesForm } from "@/components/profile/preferences-form";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/viewer";
import { toAppLocale } from "@/lib/i18n/locales";
import { timeZoneOptions } from "@/lib/users/time-zones";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("me");
  return { title: t("title") };
}

/** Every signed-in person's own page: who they are, language and time zone, password. */
export default async function ProfilePage() {
  const viewer = await requirePage("/me");
  const t = await getTranslations("me");
  const options = timeZoneOptions();
  const timeZones = options.some((zone) => zone.value === viewer.timeZone)
    ? options
    : [{ value: viewer.timeZone, label: viewer.timeZone }, ...options];
  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: t("title") }]} />
        <PageHeader title={t("title")} description={t("description")} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="grid content-start gap-6">
          <AccountCard name={viewer.name} email={viewer.email} role={viewer.role} />
          <PreferencesForm
            locale={toAppLocale(viewer.locale)}
            timeZone={viewer.timeZone}
            timeZones={timeZones}
          />
        </div>
        <ChangePasswordForm email={viewer.email} />
      </div>
    </div>
  );
}
