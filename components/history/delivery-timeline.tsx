import { CircleAlert, CircleCheck, Clock, Inbox, RotateCcw, RotateCw } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TimelineEntry } from "@/lib/history/queries";

/**
 * Queued, each attempt with the transport's answer, administrators' retries, and what the provider
 * said afterwards, in time order.
 */
export async function DeliveryTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = await getTranslations("history.timeline");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <ol className="grid gap-4 border-l pl-5" data-testid="delivery-timeline">
      {entries.map((entry, index) => {
        const Icon =
          entry.kind === "created"
            ? Inbox
            : entry.kind === "feedback"
              ? Clock
              : entry.kind === "retried"
                ? RotateCcw
                : entry.outcome === "SENT"
                  ? CircleCheck
                  : entry.outcome === "RETRY"
                    ? RotateCw
                    : CircleAlert;
        return (
          <li key={index} className="relative grid gap-0.5" data-kind={entry.kind}>
            <Icon
              aria-hidden
              className="absolute top-0.5 -left-[1.72rem] size-4 rounded-full bg-background text-muted-foreground"
            />
            <p className="text-sm font-medium">
              {entry.kind === "created"
                ? t("created")
                : entry.kind === "attempt"
                  ? t("attempt", { number: entry.number, outcome: entry.outcome, transport: entry.transport })
                  : entry.kind === "retried"
                    ? t("retried", { by: entry.by })
                    : t("feedback", { provider: entry.provider, type: entry.type })}
            </p>
            <p className="text-xs text-muted-foreground tabular-nums">
              <time dateTime={entry.at.toISOString()}>{when(entry.at)}</time>
              {entry.kind === "attempt"
                ? ` · ${t("duration", { ms: entry.durationMs })} · ${entry.workerId}`
                : null}
            </p>
            {entry.kind === "attempt" &&
            (entry.statusCode !== null || entry.error || entry.providerMessageId) ? (
              <p className="text-xs break-words">
                {entry.statusCode !== null ? (
                  <code className="mr-2 font-mono">{entry.statusCode}</code>
                ) : null}
                {entry.providerMessageId ? (
                  <span className="mr-2 font-mono text-muted-foreground">{entry.providerMessageId}</span>
                ) : null}
                {entry.error ? <span className="text-destructive">{entry.error}</span> : null}
              </p>
            ) : null}
            {entry.kind === "attempt" && entry.retryAt ? (
              <p className="text-xs text-muted-foreground">{t("retryAt", { at: when(entry.retryAt) })}</p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
