"use client";

import { CheckCircle2, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Spinner } from "@/components/ui/spinner";

export type SaveState =
  { status: "idle" } | { status: "saving" } | { status: "saved" } | { status: "error"; message: string };

/** The one place a matrix or list announces its saves and failures (polite live region). */
export function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations("subscriptions");
  return (
    <div aria-live="polite" className="min-h-5 text-sm" data-testid="save-status">
      {state.status === "saving" ? (
        <span className="inline-flex items-center gap-2 text-muted-foreground">
          <Spinner label={t("saving")} />
          {t("saving")}
        </span>
      ) : state.status === "saved" ? (
        <span className="inline-flex items-center gap-2 text-success">
          <CheckCircle2 aria-hidden className="size-4" />
          {t("saved")}
        </span>
      ) : state.status === "error" ? (
        <span role="alert" className="inline-flex items-start gap-2 text-destructive">
          <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          {t("errorUndone", { message: state.message })}
        </span>
      ) : null}
    </div>
  );
}
