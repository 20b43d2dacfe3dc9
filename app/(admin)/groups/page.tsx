import { SearchX, UsersRound } from "lucide-react";
import type { Metadata } from "next";
import type { Route } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GroupFormDialog } from "@/components/groups/group-form-dialog";
import { GroupSearch } from "@/components/groups/group-search";
import { GroupsTable } from "@/components/groups/groups-table";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { ListPagination } from "@/components/shell/list-pagination";
import { ListToolbar } from "@/components/shell/list-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buildPageHref } from "@/components/ui/pagination";
import { requireViewer, STAFF } from "@/lib/auth/viewer";
import { listGroups } from "@/lib/groups/queries";
import { groupListParamsSchema } from "@/lib/groups/schemas";
import { firstValues } from "@/lib/users/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groups");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function GroupsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer(STAFF);
  const raw = await searchParams;
  const params = groupListParamsSchema.parse(firstValues(raw));
  const { rows, total, pageCount } = await listGroups(viewer, params);
  if (params.page > pageCount) redirect(buildPageHref("/groups", raw, pageCount) as Route);

  const t = await getTranslations("groups");
  const isAdmin = viewer.role === "ADMIN";

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: t("title") }]} />
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={isAdmin ? <GroupFormDialog /> : null}
        />
      </div>
      <div className="grid gap-3">
        <ListToolbar total={total}>
          <GroupSearch />
        </ListToolbar>
        {rows.length > 0 ? (
          <GroupsTable rows={rows} />
        ) : params.q ? (
          <EmptyState icon={SearchX} title={t("noMatches.title")} description={t("noMatches.description")} />
        ) : (
          <EmptyState
            icon={UsersRound}
            title={t("empty.title")}
            description={t("empty.description")}
            action={isAdmin ? <GroupFormDialog /> : null}
          />
        )}
        <ListPagination
          path="/groups"
          searchParams={raw}
          page={params.page}
          pageCount={pageCount}
          label={t("pagination")}
        />
      </div>
    </div>
  );
}
