"use client";

import type { Route } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

export type SendTestState =
  | { kind: "idle" }
  | { kind: "fixPayload" }
  | { kind: "queued"; to: string; subject: string; eventId: string }
  | { kind: "failed"; message: string };

/**
 * What "Send test to me" did. The action only queues the test (the worker sends it), so success says
 * "queued" and links to the event's row in the send history, where its real outcome shows.
 */
export function SendTestStatus({ state }: { state: SendTestState }) {
  const t = useTranslations("templates.test");
  return (
    <p
      id="send-test-status"
      aria-live="polite"
      data-testid="send-test-status"
      className={cn(
        "max-w-sm text-right text-xs",
        state.kind === "failed" ? "text-destructive" : "text-muted-foreground",
      )}
    >
      {state.kind === "fixPayload" ? t("fixPayload") : null}
      {state.kind === "failed" ? t("failed", { message: state.message }) : null}
      {state.kind === "queued" ? (
        <>
          {t("queued", { to: state.to, subject: state.subject })}{" "}
          <Link
            href={`/history?event=${encodeURIComponent(state.eventId)}` as Route}
            className="underline underline-offset-4"
            data-testid="send-test-history-link"
          >
            {t("historyLink")}
          </Link>
        </>
      ) : null}
    </p>
  );
}
