import type { Metadata, Route } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { CopySubscriptionsDialog } from "@/components/subscriptions/copy-subscriptions-dialog";
import { PreferencesSummary } from "@/components/subscriptions/preferences-summary";
import { ReceivedThroughGroups } from "@/components/subscriptions/received-through-groups";
import { SubscriptionMatrix } from "@/components/subscriptions/subscription-matrix";
import { SubscriptionReach } from "@/components/subscriptions/subscription-reach";
import { SuppressionNotice } from "@/components/suppressions/suppression-notice";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { STAFF } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";
import { groupReach } from "@/lib/subscriptions/group-reach";
import { getSubjectPageData } from "@/lib/subscriptions/page-data";
import { getRecipientDeliveries } from "@/lib/subscriptions/queries";
import { getRecipientSuppression } from "@/lib/suppressions/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requireViewer(STAFF);
  const data = await getSubjectPageData(viewer, { kind: "user", id: (await params).id });
  const t = await getTranslations("subscriptions");
  return { title: data ? `${t("title")} · ${data.view.subject.name}` : t("title") };
}

// GET /users/[id]/subscriptions – a user's own subscriptions (editable by admins), what reaches them through groups, and their mutes
export default async function UserSubscriptionsPage({ params }: Props) {
  const viewer = await requireViewer(STAFF);
  const subject = { kind: "user" as const, id: (await params).id };
  const data = await getSubjectPageData(viewer, subject);
  if (!data) notFound();
  const [deliveries, suppression] = await Promise.all([
    getRecipientDeliveries(viewer, subject),
    getRecipientSuppression(viewer, subject),
  ]);
  const { view, catalog, categoryNames } = data;
  const t = await getTranslations("subscriptions");
  const tu = await getTranslations("users");
  const canEdit = viewer.role === "ADMIN";
  const initialData = { subscriptions: view.subscriptions, preferences: view.preferences ?? [] };

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs
          items={[
            { label: tu("title"), href: "/users" },
            { label: view.subject.name, href: `/users/${subject.id}` as Route },
            { label: t("title") },
          ]}
        />
        <PageHeader
          title={`${t("title")} · ${view.subject.name}`}
          description={t("subjectPage.userDescription", { name: view.subject.name })}
          actions={
            canEdit ? <CopySubscriptionsDialog subject={subject} subjectName={view.subject.name} /> : null
          }
        />
      </div>
      {view.subject.disabled ? (
        <Alert variant="warning">
          <AlertDescription>{t("subjectPage.disabledUser")}</AlertDescription>
        </Alert>
      ) : null}
      {suppression ? <SuppressionNotice suppression={suppression} audience="user" /> : null}
      <SubscriptionReach subject={subject} initialData={initialData} throughGroups={groupReach(deliveries)} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <SubscriptionMatrix
          subject={subject}
          catalog={catalog}
          initialData={initialData}
          canEdit={canEdit}
          headingLevel={2}
        />
        <div className="grid content-start gap-6">
          <ReceivedThroughGroups
            userName={view.subject.name}
            deliveries={deliveries}
            catalog={catalog}
            categoryNames={categoryNames}
            suppressed={suppression !== null}
          />
          <PreferencesSummary subject={subject} catalog={catalog} initialData={initialData} />
        </div>
      </div>
    </div>
  );
}
