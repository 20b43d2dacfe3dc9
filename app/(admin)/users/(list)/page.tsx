import { Plus, SearchX, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { ListPagination } from "@/components/shell/list-pagination";
import { ListToolbar } from "@/components/shell/list-toolbar";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buildPageHref } from "@/components/ui/pagination";
import { UserFilters } from "@/components/users/user-filters";
import { UsersTable } from "@/components/users/users-table";
import { requireViewer, STAFF } from "@/lib/auth/viewer";
import { listUsers } from "@/lib/users/queries";
import { parseUserListParams } from "@/lib/users/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer(STAFF);
  const raw = await searchParams;
  const params = parseUserListParams(raw);
  const { rows, total, pageCount } = await listUsers(viewer, params);
  if (params.page > pageCount) redirect(buildPageHref("/users", raw, pageCount) as Route);

  const t = await getTranslations("users");
  const isAdmin = viewer.role === "ADMIN";
  const filtered = Boolean(params.q || params.role || params.status);

  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={[{ label: t("title") }]} />
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            isAdmin ? (
              <Button asChild>
                <Link href="/users/new">
                  <Plus aria-hidden />
                  {t("new")}
                </Link>
              </Button>
            ) : null
          }
        />
      </div>
      <div className="grid gap-3">
        <ListToolbar total={total}>
          <UserFilters />
        </ListToolbar>
        {rows.length > 0 ? (
          <UsersTable rows={rows} params={params} viewerId={isAdmin ? viewer.id : undefined} />
        ) : filtered ? (
          <EmptyState icon={SearchX} title={t("noMatches.title")} description={t("noMatches.description")} />
        ) : (
          <EmptyState icon={Users} title={t("empty.title")} description={t("empty.description")} />
        )}
        <ListPagination
          path="/users"
          searchParams={raw}
          page={params.page}
          pageCount={pageCount}
          label={t("pagination")}
        />
      </div>
    </div>
  );
}
