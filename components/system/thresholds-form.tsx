"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { FormMessage, useFormFields } from "@/components/shell/form-message";
import { useFormAction } from "@/components/shell/use-form-action";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/input-field";
import { resourceKeys } from "@/lib/system/resources/keys";
import { updateThresholdsAction } from "@/lib/system/thresholds/actions";
import type { ThresholdSettings } from "@/lib/system/thresholds/rules";

interface Props {
  values: ThresholdSettings;
  /** Auditors see the values in a disabled form, without the Save button. */
  readOnly: boolean;
}

const percentInput = {
  type: "number",
  inputMode: "numeric",
  min: 1,
  max: 100,
  step: 1,
  required: true,
} as const;

/** The resource thresholds (ADMIN edits, AUDITOR reads). */
export function ThresholdsForm({ values, readOnly }: Props) {
  const t = useTranslations("system.resources.thresholds.form");
  const tc = useTranslations("common");
  const queryClient = useQueryClient();
  const { state, action, pending, onSubmit } = useFormAction(updateThresholdsAction);
  const field = useFormFields(state, "threshold", (name) => name);

  // The action revalidates the page; the live island above keeps its own cache (maybe paused), so
  // it re-reads the rules once, by its key.
  useEffect(() => {
    if (state.ok) void queryClient.invalidateQueries({ queryKey: resourceKeys.all });
  }, [state, queryClient]);

  const usage = (metric: "cpu" | "memory") => (
    <fieldset className="grid gap-4 sm:grid-cols-3">
      <legend className="mb-2 text-sm font-medium">{t(metric)}</legend>
      <InputField
        {...field(`${metric}High`, { label: t("high") })}
        {...percentInput}
        defaultValue={values[`${metric}High`]}
      />
      <InputField
        {...field(`${metric}Critical`, { label: t("critical") })}
        {...percentInput}
        defaultValue={values[`${metric}Critical`]}
      />
      <InputField
        {...field(`${metric}SustainMinutes`, { label: t("sustain") })}
        type="number"
        inputMode="numeric"
        min={1}
        max={1440}
        step={1}
        required
        defaultValue={values[`${metric}SustainMinutes`]}
      />
    </fieldset>
  );

  return (
    <form action={action} onSubmit={onSubmit} noValidate className="grid gap-5" data-testid="thresholds-form">
      <fieldset disabled={readOnly} className="grid gap-5">
        {usage("cpu")}
        {usage("memory")}
        <fieldset className="grid gap-4 sm:grid-cols-3">
          <legend className="mb-2 text-sm font-medium">{t("disk")}</legend>
          <InputField
            {...field("diskLow", { label: t("diskLow") })}
            {...percentInput}
            defaultValue={values.diskLow}
          />
          <InputField
            {...field("diskMedium", { label: t("diskMedium") })}
            {...percentInput}
            defaultValue={values.diskMedium}
          />
          <InputField
            {...field("diskHigh", { label: t("diskHigh") })}
            {...percentInput}
            defaultValue={values.diskHigh}
          />
        </fieldset>
        <InputField
          {...field("hysteresisPoints", { label: t("hysteresisPoints") })}
          description={t("hysteresisHelp")}
          className="max-w-xs"
          type="number"
          inputMode="numeric"
          min={1}
          max={25}
          step={1}
          required
          defaultValue={values.hysteresisPoints}
        />
      </fieldset>
      <FormMessage state={state} success={t("saved")} />
      {readOnly ? null : (
        <div>
          <Button type="submit" pending={pending} data-testid="thresholds-save">
            {pending ? tc("saving") : t("save")}
          </Button>
        </div>
      )}
    </form>
  );
}
