"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { SectionCard } from "@/components/ui/section-card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { useErrorText } from "@/lib/i18n/use-error-text";
import { isAppLocale } from "@/lib/i18n/locales";
import type { ListenersDto } from "@/lib/system/listeners/dto";
import type { ListenerFilters } from "@/lib/system/listeners/schemas";
import { describeTcpState, tcpStateValues, type TcpState } from "@/lib/system/values";
import { useListeners } from "./use-listeners";

const endpoint = (address: string, port: number) =>
  address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`;

/** Counts, build-up warnings and the socket table, refreshed every few seconds. */
export function ListenersLive({
  filters,
  initialData,
}: {
  filters: ListenerFilters;
  initialData: ListenersDto;
}) {
  const t = useTranslations("system");
  const format = useFormatter();
  const errorText = useErrorText();
  const requested = useLocale();
  const locale = isAppLocale(requested) ? requested : "en";
  const { data, error } = useListeners(filters, initialData);
  const describe = (state: TcpState) => describeTcpState(state, locale);

  if (!data.available) {
    return (
      <Alert variant="warning" data-testid="listeners-unavailable">
        <AlertTitle>{t("listeners.unavailable.title")}</AlertTitle>
        <AlertDescription>{t("listeners.unavailable.description")}</AlertDescription>
      </Alert>
    );
  }

  return (
    <div className="grid gap-6">
      {error ? (
        <Alert variant="destructive">
          <AlertDescription>
            {t("listeners.refreshFailed", { reason: errorText(error.message) ?? "" })}
          </AlertDescription>
        </Alert>
      ) : null}
      {data.buildUps.map((buildUp) => (
        <Alert key={buildUp.state} variant="warning" data-testid={`build-up-${buildUp.state}`}>
          <AlertTitle>
            {t("listeners.buildUp.title", {
              state: buildUp.state,
              count: buildUp.count,
              threshold: buildUp.threshold,
            })}
          </AlertTitle>
          <AlertDescription>{t(`listeners.buildUp.why.${buildUp.state}`)}</AlertDescription>
        </Alert>
      ))}
      <SectionCard title={t("listeners.counts.heading")} className="gap-6">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4" data-testid="listener-counts">
          {tcpStateValues.map((state) => (
            <div key={state} className="flex items-baseline justify-between gap-2" title={describe(state)}>
              <dt className="font-mono text-xs">{state}</dt>
              <dd className="tabular-nums">{data.counts[state]}</dd>
            </div>
          ))}
        </dl>
      </SectionCard>
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {t("listeners.shown", { shown: data.sockets.length, total: data.total })}{" "}
        {t("listeners.readAt", { date: format.dateTime(new Date(data.readAt), { timeStyle: "medium" }) })}
        {data.ownersComplete ? null : ` ${t("listeners.ownersPartial")}`}
      </p>
      {data.sockets.length === 0 ? (
        <EmptyState title={t("listeners.empty.title")} description={t("listeners.empty.description")} />
      ) : (
        <Table framed data-testid="listeners-table">
          <TableColumns
            // State first, the protocol hidden on a phone: a socket's state is what this page is read for,
            // and it stayed off-screen there behind the addresses and a column of "tcp".
            columns={[
              { label: t("listeners.columns.state") },
              { label: t("listeners.columns.local") },
              { label: t("listeners.columns.remote") },
              { label: t("listeners.columns.family"), className: "max-sm:hidden" },
              { label: t("listeners.columns.owner") },
            ]}
          />
          <TableBody>
            {data.sockets.map((socket) => (
              <TableRow
                key={`${socket.family}-${socket.localAddress}-${socket.localPort}-${socket.remoteAddress}-${socket.remotePort}-${socket.inode}`}
              >
                <TableCell className="max-w-md min-w-48">
                  <Badge variant={socket.state === "LISTEN" ? "success" : "outline"}>{socket.state}</Badge>
                  <p className="mt-1 text-xs whitespace-normal text-muted-foreground">
                    {describe(socket.state)}
                  </p>
                </TableCell>
                <TableCell className="font-mono text-xs">
                  {endpoint(socket.localAddress, socket.localPort)}
                </TableCell>
                <TableCell className="font-mono text-xs">
                  {endpoint(socket.remoteAddress, socket.remotePort)}
                </TableCell>
                <TableCell className="font-mono text-xs max-sm:hidden">{socket.family}</TableCell>
                <TableCell className="text-xs">
                  {socket.owner ? `${socket.owner.name} (${socket.owner.pid})` : t("listeners.ownerUnknown")}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
