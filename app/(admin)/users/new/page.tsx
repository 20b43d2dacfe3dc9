import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/users/user-form";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";
import { timeZoneOptions } from "@/lib/users/time-zones";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.newPage");
  return { title: t("title") };
}

export default async function NewUserPage() {
  await requireViewer(ADMIN_ONLY);
  const t = await getTranslations("users");
  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: t("title"), href: "/users" }, { label: t("newPage.title") }]} />
        <PageHeader title={t("newPage.title")} description={t("newPage.description")} />
      </div>
      <UserForm timeZones={timeZoneOptions()} />
    </div>
  );
}
