"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { digestHourOptions } from "@/components/shell/select-options";
import { SelectField } from "@/components/ui/select-field";
import { useErrorText } from "@/lib/i18n/use-error-text";
import { setMyDigestHourAction } from "@/lib/subscriptions/actions";

/** My daily digest's local hour. */
export function DigestHourForm({ digestHour, timeZone }: { digestHour: number; timeZone: string }) {
  const t = useTranslations("subscriptions.me.digest");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(setMyDigestHourAction, {});
  const errors = state.errors?.digestHour?.map((key) => errorText(key) ?? key);
  return (
    <form action={action} className="grid gap-3" noValidate>
      <SelectField
        id="digest-hour"
        name="digestHour"
        label={t("hour")}
        description={t("description", { timeZone })}
        errors={errors}
        defaultValue={digestHour}
        options={digestHourOptions}
        selectClassName="w-32"
      />
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" pending={pending}>
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
