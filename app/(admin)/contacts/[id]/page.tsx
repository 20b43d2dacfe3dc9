import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContactForm } from "@/components/contacts/contact-form";
import { ContactStatusButton } from "@/components/contacts/contact-status-button";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { SuppressionNotice } from "@/components/suppressions/suppression-notice";
import { PreferencesSummary } from "@/components/subscriptions/preferences-summary";
import { SubscriptionMatrix } from "@/components/subscriptions/subscription-matrix";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { STAFF } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";
import { getContact } from "@/lib/contacts/queries";
import { localeLabels } from "@/lib/i18n/locales";
import { hourLabel } from "@/lib/subscriptions/hours";
import { minuteLabel } from "@/lib/subscriptions/quiet-window";
import { getSubjectPageData } from "@/lib/subscriptions/page-data";
import { getRecipientSuppression } from "@/lib/suppressions/queries";
import { timeZoneOptions } from "@/lib/users/time-zones";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requireViewer(STAFF);
  const data = await getSubjectPageData(viewer, { kind: "contact", id: (await params).id });
  return { title: data?.view.subject.name ?? (await getTranslations("subscriptions.contacts"))("title") };
}

// GET /contacts/[id] – one external contact: details (editable by admins) and subscriptions matrix
export default async function ContactPage({ params, searchParams }: Props) {
  const viewer = await requireViewer(STAFF);
  const subject = { kind: "contact" as const, id: (await params).id };
  const [data, suppression] = await Promise.all([
    getSubjectPageData(viewer, subject),
    getRecipientSuppression(viewer, subject),
  ]);
  const contact = data ? await getContact(viewer, { id: subject.id }) : null;
  if (!data || !contact) notFound();
  const { created } = await searchParams;
  const t = await getTranslations("subscriptions");
  const tq = await getTranslations("common.quietHours");
  const canEdit = viewer.role === "ADMIN";
  const initialData = { subscriptions: data.view.subscriptions, preferences: data.view.preferences ?? [] };

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: t("contacts.title"), href: "/contacts" }, { label: contact.name }]} />
        <PageHeader
          title={contact.name}
          description={contact.email}
          actions={
            canEdit ? (
              <ContactStatusButton id={contact.id} name={contact.name} disabled={contact.disabled} />
            ) : null
          }
        />
      </div>
      {created ? (
        <Alert variant="success" role="status">
          <AlertDescription>{t("contacts.detail.created")}</AlertDescription>
        </Alert>
      ) : null}
      {contact.disabled ? (
        <Alert variant="warning">
          <AlertDescription>{t("contacts.detail.disabledNotice")}</AlertDescription>
        </Alert>
      ) : null}
      {suppression ? <SuppressionNotice suppression={suppression} audience="contact" /> : null}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="contact-subscriptions" className="grid content-start gap-3">
          <h2 id="contact-subscriptions" className="text-lg font-semibold tracking-tight">
            {t("contacts.detail.subscriptions")}
          </h2>
          <p className="text-sm text-muted-foreground">
            {t("subjectPage.contactDescription", { name: contact.name })}
          </p>
          <SubscriptionMatrix
            subject={subject}
            catalog={data.catalog}
            initialData={initialData}
            canEdit={canEdit}
          />
        </section>
        <div className="grid content-start gap-6">
          <Card className="gap-4">
            <CardHeader>
              <CardTitle as="h2">{t("contacts.detail.details")}</CardTitle>
            </CardHeader>
            <CardContent>
              {canEdit ? (
                <ContactForm
                  values={{
                    id: contact.id,
                    name: contact.name,
                    email: contact.email,
                    locale: contact.locale,
                    timeZone: contact.timeZone,
                    digestHour: contact.digestHour,
                    quietStart: contact.quietStart,
                    quietEnd: contact.quietEnd,
                  }}
                  timeZones={timeZoneOptions()}
                />
              ) : (
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                  <dt className="text-muted-foreground">{t("contacts.form.email")}</dt>
                  <dd>{contact.email}</dd>
                  <dt className="text-muted-foreground">{t("contacts.form.locale")}</dt>
                  <dd>{localeLabels[contact.locale]}</dd>
                  <dt className="text-muted-foreground">{t("contacts.form.timeZone")}</dt>
                  <dd>{contact.timeZone}</dd>
                  <dt className="text-muted-foreground">{t("contacts.form.digestHour")}</dt>
                  <dd className="tabular-nums">{hourLabel(contact.digestHour)}</dd>
                  <dt className="text-muted-foreground">{tq("legend")}</dt>
                  <dd className="tabular-nums">
                    {contact.quietStart !== null && contact.quietEnd !== null
                      ? `${minuteLabel(contact.quietStart)}–${minuteLabel(contact.quietEnd)}`
                      : tq("off")}
                  </dd>
                </dl>
              )}
            </CardContent>
          </Card>
          <PreferencesSummary subject={subject} catalog={data.catalog} initialData={initialData} />
        </div>
      </div>
    </div>
  );
}
