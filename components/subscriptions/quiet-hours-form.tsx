"use client";

import { useTranslations } from "next-intl";
import { useFieldErrors } from "@/components/shell/form-message";
import { useFormAction } from "@/components/shell/use-form-action";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/lib/i18n/use-error-text";
import type { QuietWindow } from "@/lib/subscriptions/quiet-window";
import { setMyQuietHoursAction } from "@/lib/subscriptions/actions";
import { QuietHoursField } from "./quiet-hours-field";

/** My quiet hours, beside my digest time. Kept as typed when refused (useFormAction does not reset). */
export function QuietHoursForm({ window, timeZone }: { window: QuietWindow; timeZone: string }) {
  const t = useTranslations("subscriptions.me.quiet");
  const errorText = useErrorText();
  const { state, action, pending, onSubmit } = useFormAction(setMyQuietHoursAction);
  const errors = useFieldErrors(state);
  return (
    <form action={action} onSubmit={onSubmit} className="grid gap-3" noValidate>
      <QuietHoursField id="my-quiet" {...window} timeZone={timeZone} errors={errors} legendHidden />
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" pending={pending}>
          {t("save")}
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-muted-foreground">
          {state.ok ? t("saved") : state.message ? (errorText(state.message) ?? state.message) : null}
        </p>
      </div>
    </form>
  );
}
