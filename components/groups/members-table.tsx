import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { RoleBadge, UserStatusBadge } from "@/components/users/user-badges";
import { UserIdentity } from "@/components/users/user-identity";
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
  const format = await getFormatter();
  return (
    <div className="rounded-lg border bg-card">
      <Table>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead className="pl-4">{t("columns.name")}</TableHead>
            <TableHead>{t("columns.role")}</TableHead>
            <TableHead className="hidden sm:table-cell">{t("columns.status")}</TableHead>
            <TableHead className="hidden md:table-cell">{t("columns.added")}</TableHead>
            {canEdit ? (
              <TableHead className="w-12 pr-4">
                <span className="sr-only">{t("columns.actions")}</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ user, createdAt }) => (
            <TableRow key={user.id} data-testid="member-row">
              <TableCell className="pl-4">
                <UserIdentity user={user} />
              </TableCell>
              <TableCell>
                <RoleBadge role={user.role} />
              </TableCell>
              <TableCell className="hidden sm:table-cell">
                <UserStatusBadge disabled={Boolean(user.disabledAt)} />
              </TableCell>
              <TableCell className="hidden whitespace-nowrap text-muted-foreground md:table-cell">
                <time dateTime={createdAt.toISOString()}>
                  {format.dateTime(createdAt, { dateStyle: "medium" })}
                </time>
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
    </div>
  );
}
