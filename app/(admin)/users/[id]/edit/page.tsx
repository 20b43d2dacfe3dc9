import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { Separator } from "@/components/ui/separator";
import { PageHeader } from "@/components/ui/page-header";
import { ResetPasswordForm } from "@/components/users/reset-password-form";
import { UserForm } from "@/components/users/user-form";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";
import { toAppLocale } from "@/lib/i18n/locales";
import { getUserDetail } from "@/lib/users/queries";
import { timeZoneOptions } from "@/lib/users/time-zones";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.editPage");
  return { title: t("title") };
}

export default async function EditUserPage({ params }: Props) {
  const viewer = await requireViewer(ADMIN_ONLY);
  const user = await getUserDetail(viewer, { id: (await params).id });
  if (!user) notFound();
  const t = await getTranslations("users");
  const isSelf = user.id === viewer.id;
  const options = timeZoneOptions();
  // A zone the runtime no longer lists is still shown (saving then asks for a valid one), so opening the
  // form never changes it silently.
  const timeZones = options.some((zone) => zone.value === user.timeZone)
    ? options
    : [{ value: user.timeZone, label: user.timeZone }, ...options];

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs
          items={[
            { label: t("title"), href: "/users" },
            { label: user.name, href: `/users/${user.id}` },
            { label: t("editPage.title") },
          ]}
        />
        <PageHeader
          title={t("editPage.heading", { name: user.name })}
          description={t("editPage.description")}
        />
      </div>
      <UserForm
        user={{
          id: user.id,
          name: user.name,
          email: user.email,
          role: user.role,
          locale: toAppLocale(user.locale),
          timeZone: user.timeZone,
          quietStart: user.quietStart,
          quietEnd: user.quietEnd,
        }}
        timeZones={timeZones}
        isSelf={isSelf}
      />
      <Separator className="max-w-2xl" />
      <ResetPasswordForm userId={user.id} isSelf={isSelf} />
    </div>
  );
}
