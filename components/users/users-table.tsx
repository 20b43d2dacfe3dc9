import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { UserListRow } from "@/lib/users/queries";
import type { UserListParams } from "@/lib/users/schemas";
import { SortHeader } from "./sort-header";
import { RoleBadge, UserStatusBadge } from "./user-badges";
import { UserIdentity } from "./user-identity";
import { UserRowActions } from "./user-row-actions";

interface Props {
  rows: UserListRow[];
  params: UserListParams;
  /** Set for administrators: rows get their action menu. */
  viewerId?: string;
}

function sortHref(params: UserListParams, sort: UserListParams["sort"]) {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  if (params.role) search.set("role", params.role);
  if (params.status) search.set("status", params.status);
  const dir =
    params.sort === sort ? (params.dir === "asc" ? "desc" : "asc") : sort === "created" ? "desc" : "asc";
  if (sort !== "name" || dir !== "asc") {
    search.set("sort", sort);
    search.set("dir", dir);
  }
  const query = search.toString();
  return query ? `/users?${query}` : "/users";
}

export async function UsersTable({ rows, params, viewerId }: Props) {
  const t = await getTranslations("users");
  const format = await getFormatter();
  const sortLabel = (column: string) => t("sortBy", { column });
  return (
    <div className="rounded-lg border bg-card">
      <Table>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <SortHeader
              label={t("columns.name")}
              sortLabel={sortLabel(t("columns.name"))}
              active={params.sort === "name"}
              direction={params.dir}
              href={sortHref(params, "name")}
              className="pl-4"
            />
            <TableHead>{t("columns.role")}</TableHead>
            <TableHead>{t("columns.status")}</TableHead>
            <TableHead className="hidden text-right md:table-cell">{t("columns.groups")}</TableHead>
            <SortHeader
              label={t("columns.created")}
              sortLabel={sortLabel(t("columns.created"))}
              active={params.sort === "created"}
              direction={params.dir}
              href={sortHref(params, "created")}
              className="hidden md:table-cell"
            />
            {viewerId ? (
              <TableHead className="w-12 pr-4">
                <span className="sr-only">{t("columns.actions")}</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((user) => (
            <TableRow key={user.id} data-testid="user-row">
              <TableCell className="pl-4">
                <UserIdentity user={user} />
              </TableCell>
              <TableCell>
                <RoleBadge role={user.role} />
              </TableCell>
              <TableCell>
                <UserStatusBadge disabled={Boolean(user.disabledAt)} />
              </TableCell>
              <TableCell className="hidden text-right tabular-nums md:table-cell">
                {user._count.memberships}
              </TableCell>
              <TableCell className="hidden whitespace-nowrap text-muted-foreground md:table-cell">
                <time dateTime={user.createdAt.toISOString()}>
                  {format.dateTime(user.createdAt, { dateStyle: "medium" })}
                </time>
              </TableCell>
              {viewerId ? (
                <TableCell className="pr-4 text-right">
                  <UserRowActions
                    user={{ id: user.id, name: user.name, disabled: Boolean(user.disabledAt) }}
                    isSelf={user.id === viewerId}
                  />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
