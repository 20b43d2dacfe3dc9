import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContactForm } from "@/components/contacts/contact-form";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";
import { timeZoneOptions } from "@/lib/users/time-zones";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("subscriptions.contacts.newPage");
  return { title: t("title") };
}

// GET /contacts/new – administrators add an external recipient
export default async function NewContactPage() {
  await requireViewer(ADMIN_ONLY);
  const t = await getTranslations("subscriptions.contacts");
  return (
    <div className="grid max-w-2xl gap-6">
      <div>
        <Breadcrumbs items={[{ label: t("title"), href: "/contacts" }, { label: t("newPage.title") }]} />
        <PageHeader title={t("newPage.title")} description={t("newPage.description")} />
      </div>
      <Card>
        <CardContent>
          <ContactForm timeZones={timeZoneOptions()} />
        </CardContent>
      </Card>
    </div>
  );
}
