"use client";

import { useTranslations } from "next-intl";
import { FormMessage, useFormFields } from "@/components/shell/form-message";
import { useFormAction } from "@/components/shell/use-form-action";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/input-field";
import { createDeviceAction } from "@/lib/system/devices/actions";

/** Registers a device to probe (ADMIN). */
export function DeviceForm() {
  const t = useTranslations("system");
  const { state, action, pending, onSubmit } = useFormAction(createDeviceAction);
  const field = useFormFields(state, "device", (name) => t(`devices.form.${name}`));
  return (
    <form action={action} onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
      <InputField {...field("name")} required maxLength={120} />
      <InputField {...field("host")} required placeholder="10.0.0.5" />
      <InputField
        {...field("ports")}
        description={t("devices.form.portsHint")}
        required
        placeholder="22, 443"
      />
      <InputField
        {...field("failureThreshold", { id: "device-threshold" })}
        description={t("devices.form.failureThresholdHint")}
        type="number"
        min={1}
        max={100}
        defaultValue={3}
      />
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {t("devices.form.submit")}
        </Button>
        <FormMessage state={state} success={t("devices.form.created")} />
      </div>
    </form>
  );
}
