import type { Route } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCaption, TableColumns } from "@/components/ui/table";
import type { DeliveryRow } from "@/lib/history/queries";
import { CompactStatusBadge, compactStatusBadges } from "./compact-status-badge";
import { plainRows } from "./plain-rows";

/** Deliveries, one per row, each linking to its detail (`hrefFor`). Rows are plain markup (see plainRows), their status badges too (compactStatusBadges). */
export async function HistoryTable({
  rows,
  typeNames,
  hrefFor,
  showRecipient = true,
  caption,
}: {
  rows: DeliveryRow[];
  /** Type names in the reader's language, by key. */
  typeNames: Record<string, string>;
  hrefFor: (id: string) => string;
  showRecipient?: boolean;
  caption: string;
}) {
  const [t, statusName] = await Promise.all([
    getTranslations("history.table"),
    getTranslations("history.status"),
  ]);
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <Table data-testid="history-table" className={`${plainRows} ${compactStatusBadges}`}>
      <TableCaption className="sr-only">{caption}</TableCaption>
      <TableColumns
        columns={[
          { label: t("time") },
          { label: t("status") },
          { label: t("type") },
          showRecipient && { label: t("recipient") },
          { label: t("attempts"), className: "hidden text-right lg:table-cell" },
        ]}
      />
      <TableBody>
        {rows.map((row) => (
          <tr key={row.id} data-testid="history-row" data-status={row.status} data-email={row.email}>
            <td className="whitespace-nowrap tabular-nums">
              <Link
                href={hrefFor(row.id) as Route}
                className="font-medium underline-offset-4 hover:underline"
              >
                <time dateTime={row.createdAt.toISOString()}>{when(row.createdAt)}</time>
              </Link>
            </td>
            <td>
              <CompactStatusBadge status={row.status} label={statusName(row.status)} />
            </td>
            <td className="max-w-80">
              <span className="line-clamp-1" title={row.subject ?? undefined}>
                {typeNames[row.typeKey] ?? row.typeKey}
              </span>
              {row.subject ? (
                <span className="line-clamp-1 text-xs text-muted-foreground">{row.subject}</span>
              ) : null}
            </td>
            {showRecipient ? (
              <td className="max-w-72">
                <span className="block truncate">{row.name}</span>
                <span className="block truncate text-xs text-muted-foreground">{row.email}</span>
              </td>
            ) : null}
            <td className="hidden text-right tabular-nums lg:table-cell">{row.attemptCount}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
