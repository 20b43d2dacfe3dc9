"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { FormMessage } from "@/components/shell/form-message";
import { useFormAction } from "@/components/shell/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useErrorText } from "@/lib/i18n/use-error-text";
import { createDeviceAction, updateDeviceAction } from "@/lib/system/devices/actions";

interface EditedDevice {
  id: string;
  name: string;
  host: string;
  ports: number[];
  failureThreshold: number;
}

/**
 * Registers a device to probe, or edits one when `device` is given (ADMIN). `readOnly` shows an
 * auditor the values in a disabled form without the submit button.
 */
export function DeviceForm({ device, readOnly = false }: { device?: EditedDevice; readOnly?: boolean }) {
  const t = useTranslations("system");
  const errorText = useErrorText();
  const { state, action, pending, onSubmit } = useFormAction(
    device ? updateDeviceAction : createDeviceAction,
  );
  const errors = (field: string) => state.errors?.[field]?.map((key) => errorText(key) ?? key);
  const formRef = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  // A registered device's values left in the form invite registering it twice: empty it and start over
  // at the name. An edit keeps its values (they are the device's now).
  useEffect(() => {
    if (device || !state.ok) return;
    formRef.current?.reset();
    nameRef.current?.focus();
  }, [device, state]);
  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={onSubmit}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      data-testid={device ? "device-edit-form" : "device-form"}
    >
      {device ? <input type="hidden" name="id" value={device.id} /> : null}
      <fieldset disabled={readOnly} className="grid gap-4 sm:col-span-2 sm:grid-cols-2">
        <Field id="device-name" label={t("devices.form.name")} errors={errors("name")}>
          <Input
            {...fieldControlProps("device-name", errors("name"))}
            ref={nameRef}
            name="name"
            required
            maxLength={120}
            defaultValue={device?.name}
          />
        </Field>
        <Field id="device-host" label={t("devices.form.host")} errors={errors("host")}>
          <Input
            {...fieldControlProps("device-host", errors("host"))}
            name="host"
            required
            placeholder="10.0.0.5"
            defaultValue={device?.host}
          />
        </Field>
        <Field
          id="device-ports"
          label={t("devices.form.ports")}
          description={t("devices.form.portsHint")}
          errors={errors("ports")}
        >
          <Input
            {...fieldControlProps("device-ports", errors("ports"), { description: true })}
            name="ports"
            required
            placeholder="22, 443"
            defaultValue={device?.ports.join(", ")}
          />
        </Field>
        <Field
          id="device-threshold"
          label={t("devices.form.failureThreshold")}
          description={t("devices.form.failureThresholdHint")}
          errors={errors("failureThreshold")}
        >
          <Input
            {...fieldControlProps("device-threshold", errors("failureThreshold"), { description: true })}
            name="failureThreshold"
            type="number"
            min={1}
            max={100}
            defaultValue={device?.failureThreshold ?? 3}
          />
        </Field>
      </fieldset>
      <div className="flex items-center gap-3 sm:col-span-2">
        {readOnly ? null : (
          <Button type="submit" pending={pending}>
            {device ? t("devices.edit.submit") : t("devices.form.submit")}
          </Button>
        )}
        <FormMessage state={state} success={device ? t("devices.edit.saved") : t("devices.form.created")} />
      </div>
    </form>
  );
}
