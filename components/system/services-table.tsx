import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { isAppLocale } from "@/lib/i18n/locales";
import { formatDetailValue } from "@/lib/system/format";
import type { ServiceRow } from "@/lib/system/services/queries";
import { describeServiceState, type ServiceState } from "@/lib/system/values";

const stateVariant: Record<ServiceState, "success" | "destructive" | "secondary"> = {
  ACTIVE: "success",
  INACTIVE: "destructive",
  DISABLED: "secondary",
};

/** Every Herald service with its Appendix I state (and that state's description), since, heartbeat, detail. */
export async function ServicesTable({ rows }: { rows: ServiceRow[] }) {
  const [t, format, locale] = await Promise.all([
    getTranslations("systemServices"),
    getFormatter(),
    getLocale(),
  ]);
  const appLocale = isAppLocale(locale) ? locale : "en";
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "short", timeStyle: "medium" }) : t("never");
  if (rows.length === 0) return <EmptyState title={t("empty")} />;

  return (
    <Table framed data-testid="services-table">
      <TableColumns
        columns={[
          { label: t("columns.service") },
          { label: t("columns.instance") },
          { label: t("columns.state") },
          { label: t("columns.since") },
          { label: t("columns.heartbeat") },
          { label: t("columns.detail") },
        ]}
      />
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-testid="service-row" data-kind={row.kind} data-state={row.state}>
            <TableCell className="font-medium">{t(`kinds.${row.kind}`)}</TableCell>
            <TableCell className="font-mono text-xs">{row.name}</TableCell>
            <TableCell>
              <div className="grid gap-1">
                <Badge variant={stateVariant[row.state]} data-testid="service-state">
                  {row.state}
                </Badge>
                <span className="text-xs text-muted-foreground">
                  {describeServiceState(row.state, appLocale)}
                </span>
              </div>
            </TableCell>
            <TableCell className="whitespace-nowrap" data-testid="service-since">
              {row.sinceMeaning === "stateStart" ? null : (
                <span className="block text-xs text-muted-foreground">
                  {t(`sinceMeaning.${row.sinceMeaning}`)}
                </span>
              )}
              {when(row.since)}
            </TableCell>
            <TableCell className="whitespace-nowrap">{when(row.lastHeartbeatAt)}</TableCell>
            <TableCell>
              <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
                {Object.entries(row.detail).map(([key, value]) => (
                  <div key={key} className="contents">
                    <dt className="text-muted-foreground">
                      {t.has(`detail.${key}`) ? t(`detail.${key}`) : key}
                    </dt>
                    <dd className="break-all">{formatDetailValue(key, value, appLocale)}</dd>
                  </div>
                ))}
              </dl>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
