import { Bot, UserRound } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCaption, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import type { AuditEntry } from "@/lib/audit/queries";
import { AuditEntryDialog } from "./audit-entry-dialog";
import { AuditTarget } from "./audit-target";

export async function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <Table>
      <TableCaption className="sr-only">{t("table.caption")}</TableCaption>
      <TableColumns
        columns={[
          ...(["time", "actor", "action", "target", "ip"] as const).map((key) => ({
            label: t(`table.${key}`),
          })),
          { label: t("table.details"), className: "text-right", srOnly: true },
        ]}
      />
      <TableBody>
        {entries.map((entry) => {
          const ActorIcon = entry.actorId ? UserRound : Bot;
          return (
            <TableRow key={entry.id} data-testid="audit-row" data-action={entry.action}>
              <TableCell className="whitespace-nowrap tabular-nums">
                <time dateTime={entry.createdAt.toISOString()}>{when(entry.createdAt)}</time>
              </TableCell>
              <TableCell className="max-w-64">
                <span className="flex items-center gap-1.5">
                  <ActorIcon aria-hidden className="size-3.5 shrink-0 text-muted-foreground" />
                  <span className="truncate" title={entry.actorLabel}>
                    {entry.actorLabel}
                  </span>
                </span>
              </TableCell>
              <TableCell>
                <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs whitespace-nowrap">
                  {entry.action}
                </code>
              </TableCell>
              <TableCell className="max-w-72 whitespace-normal">
                <AuditTarget targetType={entry.targetType} targetId={entry.targetId} target={entry.target} />
              </TableCell>
              <TableCell className="font-mono text-xs whitespace-nowrap">{entry.ip ?? "—"}</TableCell>
              <TableCell className="text-right">
                <AuditEntryDialog entry={entry} when={when(entry.createdAt)} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
