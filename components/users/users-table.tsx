import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import type { UserListRow } from "@/lib/users/queries";
import type { UserListParams } from "@/lib/users/schemas";
import { SortHeader } from "./sort-header";
import { UserCells } from "./user-identity";
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
  const sortHeader = (sort: UserListParams["sort"], label: string, className: string) => (
    <SortHeader
      label={label}
      sortLabel={t("sortBy", { column: label })}
      active={params.sort === sort}
      direction={params.dir}
      href={sortHref(params, sort)}
      className={className}
    />
  );
  return (
    <Table framed>
      <TableColumns
        columns={[
          sortHeader("name", t("columns.name"), "pl-4"),
          { label: t("columns.role") },
          { label: t("columns.status") },
          { label: t("columns.groups"), className: "hidden text-right md:table-cell" },
          sortHeader("created", t("columns.created"), "hidden md:table-cell"),
          viewerId ? { label: t("columns.actions"), className: "w-12 pr-4", srOnly: true } : null,
        ]}
      />
      <TableBody>
        {rows.map((user) => (
          <TableRow key={user.id} data-testid="user-row">
            <UserCells user={user} />
            <TableCell className="hidden text-right tabular-nums md:table-cell">
              {user._count.memberships}
            </TableCell>
            <TableCell className="hidden whitespace-nowrap text-muted-foreground md:table-cell">
              <DateTime date={user.createdAt} dateStyle="medium" />
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
  );
}
