import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { UserCells } from "@/components/users/user-identity";
import type { GroupMemberRow } from "@/lib/groups/queries";
import { RemoveMemberButton } from "./remove-member-button";

interface Props {
  group: { id: string; name: string };
  rows: GroupMemberRow[];
  /** Administrators get a remove button per member. */
  canEdit: boolean;
}

export async function MembersTable({ group, rows, canEdit }: Props) {
  const t = await getTranslations("groups.members");
  return (
    <Table framed>
      <TableColumns
        columns={[
          { label: t("columns.name"), className: "pl-4" },
          { label: t("columns.role") },
          { label: t("columns.status"), className: "hidden sm:table-cell" },
          { label: t("columns.added"), className: "hidden md:table-cell" },
          canEdit && { label: t("columns.actions"), className: "w-12 pr-4", srOnly: true },
        ]}
      />
      <TableBody>
        {rows.map(({ user, createdAt }) => (
          <TableRow key={user.id} data-testid="member-row">
            <UserCells user={user} statusClassName="hidden sm:table-cell" />
            <TableCell className="hidden whitespace-nowrap text-muted-foreground md:table-cell">
              <DateTime date={createdAt} dateStyle="medium" />
            </TableCell>
            {canEdit ? (
              <TableCell className="pr-4 text-right">
                <RemoveMemberButton
                  groupId={group.id}
                  groupName={group.name}
                  member={{ id: user.id, name: user.name }}
                />
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
