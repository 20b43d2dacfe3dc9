import { Plus, Users } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListPage } from "@/components/shell/list-page";
import { ListPagination } from "@/components/shell/list-pagination";
import { LinkButton } from "@/components/ui/link-button";
import { UserFilters } from "@/components/users/user-filters";
import { UsersTable } from "@/components/users/users-table";
import { requirePage } from "@/lib/auth/viewer";
import { listUsers } from "@/lib/users/queries";
import { userListParamsSchema } from "@/lib/users/schemas";
import { parseSearchParams, type SearchParamsInput } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

// GET /users?q=&role=&status=&sort=&dir=&page= – staff read the list, administrators manage users
export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requirePage("/users");
  const search = parseSearchParams(userListParamsSchema, await searchParams);
  const { params } = search;
  const { rows, total, pageCount } = await listUsers(viewer, params);
  const t = await getTranslations("users");
  const isAdmin = viewer.role === "ADMIN";

  return (
    <ListPage
      title={t("title")}
      description={t("description")}
      actions={
        isAdmin ? (
          <LinkButton href="/users/new" icon={Plus}>
            {t("new")}
          </LinkButton>
        ) : null
      }
      filters={<UserFilters />}
      total={total}
      invalid={search.invalid}
      isEmpty={rows.length === 0}
      filtered={Boolean(params.q || params.role || params.status)}
      empty={{ icon: Users, title: t("empty.title"), description: t("empty.description") }}
      noMatches={{ title: t("noMatches.title"), description: t("noMatches.description") }}
      pagination={
        <ListPagination
          path="/users"
          searchParams={search.raw}
          page={params.page}
          pageCount={pageCount}
          label={t("pagination")}
        />
      }
    >
      <UsersTable rows={rows} params={params} viewerId={isAdmin ? viewer.id : undefined} />
    </ListPage>
  );
}
