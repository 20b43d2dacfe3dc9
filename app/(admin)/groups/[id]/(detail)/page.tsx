import { BellRing, UserPlus } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddMembersDialog } from "@/components/groups/add-members-dialog";
import { DeleteGroupDialog } from "@/components/groups/delete-group-dialog";
import { GroupFormDialog } from "@/components/groups/group-form-dialog";
import { MembersTable } from "@/components/groups/members-table";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { ListPagination } from "@/components/shell/list-pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { STAFF } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";
import { getGroup, listGroupMembers } from "@/lib/groups/queries";
import { groupListParamsSchema } from "@/lib/groups/schemas";
import { parseSearchParams, type SearchParamsInput } from "@/lib/validation/search-params";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParamsInput>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requireViewer(STAFF);
  const group = await getGroup(viewer, { id: (await params).id });
  return { title: group?.name ?? (await getTranslations("groups"))("title") };
}

export default async function GroupPage({ params, searchParams }: Props) {
  const viewer = await requireViewer(STAFF);
  const { id } = await params;
  const group = await getGroup(viewer, { id });
  if (!group) notFound();
  const search = parseSearchParams(groupListParamsSchema, await searchParams);
  const { page } = search.params;
  const members = await listGroupMembers(viewer, { groupId: group.id, page });
  const path = `/groups/${group.id}`;

  const t = await getTranslations("groups");
  const format = await getFormatter();
  const isAdmin = viewer.role === "ADMIN";

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: t("title"), href: "/groups" }, { label: group.name }]} />
        <PageHeader
          title={group.name}
          description={group.description || t("detail.noDescription")}
          actions={
            <>
              <LinkButton variant="outline" href={`${path}/subscriptions`} icon={BellRing}>
                {t("detail.subscriptions", { count: group._count.subscriptions })}
              </LinkButton>
              {isAdmin ? (
                <>
                  <GroupFormDialog
                    group={{ id: group.id, name: group.name, description: group.description }}
                  />
                  <DeleteGroupDialog
                    group={{
                      id: group.id,
                      name: group.name,
                      members: group._count.members,
                      subscriptions: group._count.subscriptions,
                    }}
                  />
                </>
              ) : null}
            </>
          }
        />
        <p className="mt-2 text-xs text-muted-foreground">
          {t("detail.dates", {
            created: format.dateTime(group.createdAt, { dateStyle: "medium" }),
            updated: format.dateTime(group.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
          })}
        </p>
      </div>
      <section aria-labelledby="members-heading" className="grid gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h2 id="members-heading" className="text-lg font-semibold">
              {t("members.title")}
            </h2>
            <p className="text-sm text-muted-foreground">{t("members.count", { count: members.total })}</p>
          </div>
          {isAdmin ? <AddMembersDialog groupId={group.id} /> : null}
        </div>
        {members.rows.length > 0 ? (
          <MembersTable group={{ id: group.id, name: group.name }} rows={members.rows} canEdit={isAdmin} />
        ) : (
          <EmptyState
            icon={UserPlus}
            title={t("members.empty.title")}
            description={isAdmin ? t("members.empty.description") : t("members.empty.readOnly")}
          />
        )}
        <ListPagination
          path={path}
          searchParams={search.raw}
          page={page}
          pageCount={members.pageCount}
          label={t("members.pagination")}
        />
      </section>
    </div>
  );
}
