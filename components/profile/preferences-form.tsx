"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { FormMessage, useFieldErrors } from "@/components/shell/form-message";
import { useFormAction } from "@/components/shell/use-form-action";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, fieldControlProps } from "@/components/ui/field";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";
import { localeLabels, locales, type AppLocale } from "@/lib/i18n/locales";
import { updatePreferencesAction } from "@/lib/users/actions";
import type { TimeZoneOption } from "@/lib/users/time-zones";

interface Props {
  locale: AppLocale;
  timeZone: string;
  timeZones: TimeZoneOption[];
}

/** The viewer's own language and time zone; the page re-renders in the new language on save. */
export function PreferencesForm({ locale, timeZone, timeZones }: Props) {
  const t = useTranslations("me.preferences");
  const tc = useTranslations("common");
  const { state, action, pending, onSubmit } = useFormAction(updatePreferencesAction);
  const errors = useFieldErrors(state);
  const router = useRouter();
  // The action's own re-render still sees this request's (cached) viewer, in the old language: a
  // fresh request renders everything in the new one.
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form action={action} onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field id="pref-locale" label={t("language")} errors={errors("locale")}>
            <NativeSelect
              name="locale"
              defaultValue={locale}
              {...fieldControlProps("pref-locale", errors("locale"))}
            >
              {locales.map((value) => (
                <NativeSelectOption key={value} value={value} lang={value}>
                  {localeLabels[value]}
                </NativeSelectOption>
              ))}
            </NativeSelect>
          </Field>
          <Field
            id="pref-timezone"
            label={t("timeZone")}
            description={t("timeZoneHelp")}
            errors={errors("timeZone")}
          >
            <NativeSelect
              name="timeZone"
              defaultValue={timeZone}
              {...fieldControlProps("pref-timezone", errors("timeZone"), { description: true })}
            >
              {timeZones.map((zone) => (
                <NativeSelectOption key={zone.value} value={zone.value}>
                  {zone.label}
                </NativeSelectOption>
              ))}
            </NativeSelect>
          </Field>
          <FormMessage state={state} success={t("saved")} />
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? tc("saving") : t("submit")}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
