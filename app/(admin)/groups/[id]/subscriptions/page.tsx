import type { Metadata, Route } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { BulkSubscribeDialog } from "@/components/subscriptions/bulk-subscribe-dialog";
import { CopySubscriptionsDialog } from "@/components/subscriptions/copy-subscriptions-dialog";
import { SubscriptionMatrix } from "@/components/subscriptions/subscription-matrix";
import { PageHeader } from "@/components/ui/page-header";
import { STAFF } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { getSubjectPageData } from "@/lib/subscriptions/page-data";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requireViewer(STAFF);
  const data = await getSubjectPageData(viewer, { kind: "group", id: (await params).id });
  const t = await getTranslations("subscriptions");
  return { title: data ? `${t("title")} · ${data.view.subject.name}` : t("title") };
}

// GET /groups/[id]/subscriptions – what every member of the group receives (editable by admins)
export default async function GroupSubscriptionsPage({ params }: Props) {
  const viewer = await requireViewer(STAFF);
  const subject = { kind: "group" as const, id: (await params).id };
  const data = await getSubjectPageData(viewer, subject);
  if (!data) notFound();
  const { view, catalog } = data;
  const members = await db.groupMember.count({ where: { groupId: subject.id } });
  const t = await getTranslations("subscriptions");
  const tg = await getTranslations("groups");
  const canEdit = viewer.role === "ADMIN";

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs
          items={[
            { label: tg("title"), href: "/groups" },
            { label: view.subject.name, href: `/groups/${subject.id}` as Route },
            { label: t("title") },
          ]}
        />
        <PageHeader
          title={`${t("title")} · ${view.subject.name}`}
          description={`${t("subjectPage.groupDescription", { name: view.subject.name })} ${t("subjectPage.members", { count: members })}.`}
          actions={
            canEdit ? (
              <>
                <BulkSubscribeDialog
                  recipients={{
                    kind: "group-members",
                    groupId: subject.id,
                    groupName: view.subject.name,
                    count: members,
                  }}
                  catalog={catalog}
                />
                <CopySubscriptionsDialog subject={subject} subjectName={view.subject.name} />
              </>
            ) : null
          }
        />
      </div>
      <SubscriptionMatrix
        subject={subject}
        catalog={catalog}
        initialData={{ subscriptions: view.subscriptions }}
        canEdit={canEdit}
        headingLevel={2}
        audience={{ name: view.subject.name, members }}
      />
    </div>
  );
}
