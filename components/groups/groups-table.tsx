import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import type { GroupListRow } from "@/lib/groups/queries";
import { GroupName } from "./group-name";

export async function GroupsTable({ rows }: { rows: GroupListRow[] }) {
  const t = await getTranslations("groups");
  return (
    <Table framed>
      <TableColumns
        columns={[
          { label: t("columns.name"), className: "pl-4" },
          { label: t("columns.members"), className: "text-right" },
          { label: t("columns.subscriptions"), className: "hidden text-right sm:table-cell" },
          { label: t("columns.updated"), className: "hidden pr-4 md:table-cell" },
        ]}
      />
      <TableBody>
        {rows.map((group) => (
          <TableRow key={group.id} data-testid="group-row">
            <TableCell className="pl-4">
              <GroupName
                group={group}
                className="max-w-64 min-w-40 sm:max-w-xl"
                linkClassName="font-medium hover:underline"
              />
            </TableCell>
            <TableCell className="text-right tabular-nums">{group._count.members}</TableCell>
            <TableCell className="hidden text-right tabular-nums sm:table-cell">
              {group._count.subscriptions}
            </TableCell>
            <TableCell className="hidden pr-4 whitespace-nowrap text-muted-foreground md:table-cell">
              <DateTime date={group.updatedAt} dateStyle="medium" />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
