"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";
import { createContactAction, updateContactAction } from "@/lib/contacts/actions";
import { localeLabels, locales, type AppLocale } from "@/lib/i18n/locales";
import { useErrorText } from "@/lib/i18n/use-error-text";
import { digestHours, hourLabel } from "@/lib/subscriptions/hours";

export interface ContactFormValues {
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
  const errors = (field: string) => state.errors?.[field]?.map((key) => errorText(key) ?? key);
  const message = state.ok ? t("saved") : state.message ? (errorText(state.message) ?? state.message) : "";

  return (
    <form action={action} className="grid gap-4" noValidate data-testid="contact-form">
      {values?.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <Field id="contact-name" label={t("name")} errors={errors("name")}>
        <Input
          name="name"
          defaultValue={values?.name}
          autoComplete="off"
          required
          {...fieldControlProps("contact-name", errors("name"))}
        />
      </Field>
      <Field id="contact-email" label={t("email")} errors={errors("email")}>
        <Input
          name="email"
          type="email"
          defaultValue={values?.email}
          autoComplete="off"
          required
          {...fieldControlProps("contact-email", errors("email"))}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="contact-locale" label={t("locale")} errors={errors("locale")}>
          <NativeSelect
            name="locale"
            defaultValue={values?.locale ?? "en"}
            {...fieldControlProps("contact-locale", errors("locale"))}
          >
            {locales.map((locale) => (
              <NativeSelectOption key={locale} value={locale}>
                {localeLabels[locale]}
              </NativeSelectOption>
            ))}
          </NativeSelect>
        </Field>
        <Field
          id="contact-digest"
          label={t("digestHour")}
          description={t("digestHourHelp")}
          errors={errors("digestHour")}
        >
          <NativeSelect
            name="digestHour"
            defaultValue={String(values?.digestHour ?? 8)}
            {...fieldControlProps("contact-digest", errors("digestHour"), { description: true })}
          >
            {digestHours.map((hour) => (
              <NativeSelectOption key={hour} value={hour}>
                {hourLabel(hour)}
              </NativeSelectOption>
            ))}
          </NativeSelect>
        </Field>
      </div>
      <Field id="contact-timezone" label={t("timeZone")} errors={errors("timeZone")}>
        <NativeSelect
          name="timeZone"
          defaultValue={values?.timeZone ?? "UTC"}
          {...fieldControlProps("contact-timezone", errors("timeZone"))}
        >
          {timeZones.map((zone) => (
            <NativeSelectOption key={zone.value} value={zone.value}>
              {zone.label}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </Field>
      {message ? (
        <Alert variant={state.ok ? "success" : "destructive"} role={state.ok ? "status" : undefined}>
          <AlertDescription>{message}</AlertDescription>
        </Alert>
      ) : (
        <div aria-live="polite" />
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {editing ? (pending ? t("saving") : t("save")) : pending ? t("creating") : t("create")}
        </Button>
      </div>
    </form>
  );
}
