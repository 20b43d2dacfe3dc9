import type { Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { Table, TableBody, TableCaption, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import type { MailboxRow } from "@/lib/history/mailbox";

/** Stored messages, newest first, each linking to its view. */
export async function MailboxTable({ rows }: { rows: MailboxRow[] }) {
  const t = await getTranslations("history.mailbox");
  return (
    <Table data-testid="mailbox-table">
      <TableCaption className="sr-only">{t("caption")}</TableCaption>
      <TableColumns columns={[{ label: t("received") }, { label: t("to") }, { label: t("subject") }]} />
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-testid="mailbox-row" data-to={row.to}>
            <TableCell className="whitespace-nowrap tabular-nums">
              <DateTime date={row.createdAt} dateStyle="medium" timeStyle="medium" />
            </TableCell>
            <TableCell className="max-w-64 truncate">{row.to}</TableCell>
            <TableCell className="max-w-xl">
              <Link
                href={`/mailbox/${row.id}` as Route}
                className="line-clamp-2 font-medium underline-offset-4 hover:underline"
              >
                {row.subject}
              </Link>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
