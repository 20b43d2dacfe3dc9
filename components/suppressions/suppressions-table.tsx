import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { Table, TableBody, TableCell, TableColumns, TableHead, TableRow } from "@/components/ui/table";
import type { SuppressionRow } from "@/lib/suppressions/queries";
import { LiftSuppressionButton } from "./lift-suppression-button";

const reasonVariant = { HARD_BOUNCE: "destructive", COMPLAINT: "warning", MANUAL: "secondary" } as const;

/** Suppressed addresses with why and since when; administrators can lift each. */
export async function SuppressionsTable({ rows, canLift }: { rows: SuppressionRow[]; canLift: boolean }) {
  const t = await getTranslations("suppressions");
  return (
    <Table framed data-testid="suppressions-table">
      <TableColumns
        columns={[
          { label: t("columns.email"), className: "pl-4" },
          { label: t("columns.reason") },
          { label: t("columns.note"), className: "hidden md:table-cell" },
          { label: t("columns.since") },
          canLift && <TableHead className="pr-4 text-right">{t("columns.actions")}</TableHead>,
        ]}
      />
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.email}>
            <TableCell className="pl-4 font-medium break-all">{row.email}</TableCell>
            <TableCell>
              <Badge variant={reasonVariant[row.reason]}>{t(`reasons.${row.reason}`)}</Badge>
            </TableCell>
            <TableCell className="hidden max-w-md text-sm break-words text-muted-foreground md:table-cell">
              {row.note ?? "—"}
            </TableCell>
            <TableCell className="whitespace-nowrap">
              <DateTime date={row.createdAt} dateStyle="medium" timeStyle="short" />
            </TableCell>
            {canLift ? (
              <TableCell className="pr-4 text-right">
                <LiftSuppressionButton email={row.email} />
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
