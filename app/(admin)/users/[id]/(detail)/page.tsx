import { BellRing } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { SuppressionNotice } from "@/components/suppressions/suppression-notice";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { UserActivity } from "@/components/users/user-activity";
import { UserDetailActions } from "@/components/users/user-detail-actions";
import { UserFacts } from "@/components/users/user-facts";
import { UserGroups } from "@/components/users/user-groups";
import { STAFF } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";
import { getRecipientSuppression } from "@/lib/suppressions/queries";
import { getUserAuditEntries, getUserDetail } from "@/lib/users/queries";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; saved?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requireViewer(STAFF);
  const user = await getUserDetail(viewer, { id: (await params).id });
  return { title: user?.name ?? (await getTranslations("users"))("title") };
}

export default async function UserPage({ params, searchParams }: Props) {
  const viewer = await requireViewer(STAFF);
  const { id } = await params;
  const [user, entries, suppression] = await Promise.all([
    getUserDetail(viewer, { id }),
    getUserAuditEntries(viewer, { userId: id }),
    getRecipientSuppression(viewer, { kind: "user", id }),
  ]);
  if (!user) notFound();
  const { created, saved } = await searchParams;
  const t = await getTranslations("users");

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: t("title"), href: "/users" }, { label: user.name }]} />
        <PageHeader
          title={user.name}
          description={user.email}
          actions={
            <>
              <LinkButton variant="outline" href={`/users/${user.id}/subscriptions`} icon={BellRing}>
                {t("detail.subscriptions")}
              </LinkButton>
              {viewer.role === "ADMIN" ? (
                <UserDetailActions
                  user={{ id: user.id, name: user.name, disabled: Boolean(user.disabledAt) }}
                  isSelf={user.id === viewer.id}
                />
              ) : null}
            </>
          }
        />
      </div>
      {created || saved ? (
        <Alert variant="success" role="status">
          <AlertDescription>{t(created ? "detail.createdNotice" : "detail.savedNotice")}</AlertDescription>
        </Alert>
      ) : null}
      {user.disabledAt ? (
        <Alert variant="warning">
          <AlertDescription>{t("detail.disabledNotice")}</AlertDescription>
        </Alert>
      ) : null}
      {suppression ? <SuppressionNotice suppression={suppression} audience="user" /> : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="grid content-start gap-6">
          <UserFacts user={user} />
          <UserActivity entries={entries} />
        </div>
        <div className="grid content-start gap-6">
          <UserGroups memberships={user.memberships} />
        </div>
      </div>
    </div>
  );
}
