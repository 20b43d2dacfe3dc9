import { UsersRound } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GroupFormDialog } from "@/components/groups/group-form-dialog";
import { GroupSearch } from "@/components/groups/group-search";
import { GroupsTable } from "@/components/groups/groups-table";
import { ListPage } from "@/components/shell/list-page";
import { ListPagination } from "@/components/shell/list-pagination";
import { requirePage } from "@/lib/auth/viewer";
import { listGroups } from "@/lib/groups/queries";
import { groupListParamsSchema } from "@/lib/groups/schemas";
import { parseSearchParams, type SearchParamsInput } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groups");
  return { title: t("title") };
}

// GET /groups?q=&page= – staff read the groups, administrators create them
export default async function GroupsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requirePage("/groups");
  const search = parseSearchParams(groupListParamsSchema, await searchParams);
  const { params } = search;
  const { rows, total, pageCount } = await listGroups(viewer, params);
  const t = await getTranslations("groups");
  const isAdmin = viewer.role === "ADMIN";

  return (
    <ListPage
      title={t("title")}
      description={t("description")}
      actions={isAdmin ? <GroupFormDialog /> : null}
      filters={<GroupSearch />}
      total={total}
      invalid={search.invalid}
      isEmpty={rows.length === 0}
      filtered={Boolean(params.q)}
      empty={{
        icon: UsersRound,
        title: t("empty.title"),
        description: t("empty.description"),
        action: isAdmin ? <GroupFormDialog /> : null,
      }}
      noMatches={{ title: t("noMatches.title"), description: t("noMatches.description") }}
      pagination={
        <ListPagination
          path="/groups"
          searchParams={search.raw}
          page={params.page}
          pageCount={pageCount}
          label={t("pagination")}
        />
      }
    >
      <GroupsTable rows={rows} />
    </ListPage>
  );
}
