import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { isAppLocale } from "@/lib/i18n/locales";
import type { ListenersSummary } from "@/lib/system/dashboard/queries";
import { describeTcpState, tcpStateValues } from "@/lib/system/values";

/** The listeners section: sockets per Appendix I state and the build-up warnings, without the socket list. */
export async function ListenersOverviewSection({ listeners }: { listeners: ListenersSummary }) {
  const [t, format, requested] = await Promise.all([getTranslations("system"), getFormatter(), getLocale()]);
  const locale = isAppLocale(requested) ? requested : "en";
  if (!listeners.available) {
    return (
      <Alert variant="warning" data-testid="listeners-unavailable">
        <AlertTitle>{t("listeners.unavailable.title")}</AlertTitle>
        <AlertDescription>{t("listeners.unavailable.description")}</AlertDescription>
      </Alert>
    );
  }
  return (
    <>
      <p className="text-sm text-muted-foreground">
        {t("dashboard.listeners.total", {
          total: listeners.total,
          date: format.dateTime(listeners.readAt, { dateStyle: "short", timeStyle: "medium" }),
        })}
      </p>
      <dl
        className="grid grid-cols-[repeat(auto-fill,minmax(10rem,1fr))] gap-x-6 gap-y-2 text-sm"
        data-testid="dashboard-listener-counts"
      >
        {tcpStateValues.map((state) => (
          <div
            key={state}
            className="flex items-baseline justify-between gap-2 border-b border-border pb-1"
            title={describeTcpState(state, locale)}
          >
            <dt className="font-mono text-xs">{state}</dt>
            <dd className="tabular-nums">{format.number(listeners.counts[state])}</dd>
          </div>
        ))}
      </dl>
      {listeners.buildUps.length === 0 ? (
        <p className="text-sm text-muted-foreground" data-testid="dashboard-no-build-up">
          {t("dashboard.listeners.noBuildUp")}
        </p>
      ) : (
        listeners.buildUps.map((buildUp) => (
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
        ))
      )}
    </>
  );
}
