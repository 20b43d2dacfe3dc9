"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { FormMessage, useFormFields } from "@/components/shell/form-message";
import { localeOptions } from "@/components/shell/select-options";
import { useFormAction } from "@/components/shell/use-form-action";
import { Button } from "@/components/ui/button";
import { SectionCard } from "@/components/ui/section-card";
import { SelectField } from "@/components/ui/select-field";
import type { AppLocale } from "@/lib/i18n/locales";
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
  const field = useFormFields(state, "pref", t);
  const router = useRouter();
  // The action's own re-render still sees this request's (cached) viewer, in the old language: a
  // fresh request renders everything in the new one.
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
  return (
    <SectionCard title={t("title")} description={t("description")} className="gap-6">
      <form action={action} onSubmit={onSubmit} noValidate className="grid gap-4">
        <SelectField
          {...field("locale", { label: t("language") })}
          defaultValue={locale}
          options={localeOptions}
        />
        <SelectField
          {...field("timeZone")}
          description={t("timeZoneHelp")}
          defaultValue={timeZone}
          options={timeZones}
        />
        <FormMessage state={state} success={t("saved")} />
        <div>
          <Button type="submit" pending={pending}>
            {pending ? tc("saving") : t("submit")}
          </Button>
        </div>
      </form>
    </SectionCard>
  );
}
