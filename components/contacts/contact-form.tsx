"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useFieldErrors, useFormFields } from "@/components/shell/form-message";
import { digestHourOptions, localeOptions } from "@/components/shell/select-options";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/input-field";
import { SelectField } from "@/components/ui/select-field";
import { QuietHoursField } from "@/components/subscriptions/quiet-hours-field";
import { createContactAction, updateContactAction } from "@/lib/contacts/actions";
import type { AppLocale } from "@/lib/i18n/locales";
import { useErrorText } from "@/lib/i18n/use-error-text";
import type { QuietWindow } from "@/lib/subscriptions/quiet-window";

export interface ContactFormValues extends QuietWindow {
  id?: string;
  name: string;
  email: string;
  locale: AppLocale;
  timeZone: string;
  digestHour: number;
}

interface Props {
  values?: ContactFormValues;
  timeZones: { value: string; label: string }[];
}

/** Create (no `values.id`) or edit a contact. */
export function ContactForm({ values, timeZones }: Props) {
  const t = useTranslations("subscriptions.contacts.form");
  const errorText = useErrorText();
  const editing = Boolean(values?.id);
  const [state, action, pending] = useActionState(editing ? updateContactAction : createContactAction, {});
  const field = useFormFields(state, "contact", t);
  const fieldErrors = useFieldErrors(state);
  const message = state.ok ? t("saved") : state.message ? (errorText(state.message) ?? state.message) : "";

  return (
    <form action={action} className="grid gap-4" noValidate data-testid="contact-form">
      {values?.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <InputField {...field("name")} defaultValue={values?.name} autoComplete="off" required />
      <InputField {...field("email")} type="email" defaultValue={values?.email} autoComplete="off" required />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField {...field("locale")} defaultValue={values?.locale ?? "en"} options={localeOptions} />
        <SelectField
          {...field("digestHour", { id: "contact-digest" })}
          description={t("digestHourHelp")}
          defaultValue={values?.digestHour ?? 8}
          options={digestHourOptions}
        />
      </div>
      <SelectField {...field("timeZone")} defaultValue={values?.timeZone ?? "UTC"} options={timeZones} />
      <QuietHoursField
        id="contact-quiet"
        quietStart={values?.quietStart ?? null}
        quietEnd={values?.quietEnd ?? null}
        timeZone={values?.timeZone ?? "UTC"}
        errors={fieldErrors}
      />
      {message ? (
        <Alert variant={state.ok ? "success" : "destructive"} role={state.ok ? "status" : undefined}>
          <AlertDescription>{message}</AlertDescription>
        </Alert>
      ) : (
        <div aria-live="polite" />
      )}
      <div>
        <Button type="submit" pending={pending}>
          {editing ? (pending ? t("saving") : t("save")) : pending ? t("creating") : t("create")}
        </Button>
      </div>
    </form>
  );
}
