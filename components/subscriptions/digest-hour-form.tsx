"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";
import { useErrorText } from "@/lib/i18n/use-error-text";
import { setMyDigestHourAction } from "@/lib/subscriptions/actions";
import { digestHours, hourLabel } from "@/lib/subscriptions/hours";

/** My daily digest's local hour. */
export function DigestHourForm({ digestHour, timeZone }: { digestHour: number; timeZone: string }) {
  const t = useTranslations("subscriptions.me.digest");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(setMyDigestHourAction, {});
  const errors = state.errors?.digestHour?.map((key) => errorText(key) ?? key);
  return (
    <form action={action} className="grid gap-3" noValidate>
      <Field id="digest-hour" label={t("hour")} description={t("description", { timeZone })} errors={errors}>
        <NativeSelect
          name="digestHour"
          defaultValue={String(digestHour)}
          className="w-32"
          {...fieldControlProps("digest-hour", errors, { description: true })}
        >
          {digestHours.map((hour) => (
            <NativeSelectOption key={hour} value={hour}>
              {hourLabel(hour)}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={pending}>
          {t("save")}
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-muted-foreground">
          {state.ok
            ? t("saved")
            : state.message && !state.errors
              ? (errorText(state.message) ?? state.message)
              : null}
        </p>
      </div>
    </form>
  );
}
