import { Bot, UserRound } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Table, TableBody, TableCaption, TableColumns } from "@/components/ui/table";
import { plainRows } from "@/components/history/plain-rows";
import type { AuditEntry } from "@/lib/audit/queries";
import { AuditEntryDialog } from "./audit-entry-dialog";
import { AuditTarget } from "./audit-target";

const detailsButton = buttonVariants({ variant: "ghost", size: "sm" });

/**
 * A page of the audit log as plain server markup: no client component and no entry data per row. The
 * actor icons are drawn once and used by reference; each Details button carries its entry's id for the
 * one dialog (AuditEntryDialog), which fetches the entry when opened.
 */
export async function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <AuditEntryDialog>
      <svg aria-hidden className="absolute size-0 overflow-hidden">
        <symbol id="audit-actor-user" viewBox="0 0 24 24">
          <UserRound />
        </symbol>
        <symbol id="audit-actor-bot" viewBox="0 0 24 24">
          <Bot />
        </symbol>
      </svg>
      <Table className={plainRows}>
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
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
              <td className="whitespace-nowrap tabular-nums">
                <time dateTime={entry.createdAt.toISOString()}>{when(entry.createdAt)}</time>
              </td>
              <td className="max-w-64">
                <span className="flex items-center gap-1.5">
                  <svg aria-hidden className="size-3.5 shrink-0 text-muted-foreground">
                    <use href={entry.actorId ? "#audit-actor-user" : "#audit-actor-bot"} />
                  </svg>
                  <span className="truncate" title={entry.actorLabel}>
                    {entry.actorLabel}
                  </span>
                </span>
              </td>
              <td>
                <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs whitespace-nowrap">
                  {entry.action}
                </code>
              </td>
              <td className="max-w-72 whitespace-normal">
                <AuditTarget targetType={entry.targetType} targetId={entry.targetId} target={entry.target} />
              </td>
              <td className="font-mono text-xs whitespace-nowrap">{entry.ip ?? "—"}</td>
              <td className="text-right">
                <button
                  type="button"
                  className={detailsButton}
                  data-audit-entry={entry.id}
                  data-action={entry.action}
                  aria-haspopup="dialog"
                  aria-expanded="false"
                  aria-label={t("showDetailsLabel", { id: entry.id, action: entry.action })}
                >
                  {t("showDetails")}
                </button>
              </td>
            </tr>
          ))}
        </TableBody>
      </Table>
    </AuditEntryDialog>
  );
}
