"use client";

import { useTranslations } from "next-intl";
import { FormMessage, useFormFields } from "@/components/shell/form-message";
import { useFormAction } from "@/components/shell/use-form-action";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/input-field";
import { SelectField } from "@/components/ui/select-field";
import type { MailTransportName } from "@/generated/prisma/enums";
import { updateMailSettingsAction } from "@/lib/mail/actions";
import type { MailSettingsView } from "@/lib/mail/settings";

/** The saved settings the form starts from (the settings page's view). */
export type MailSettingsFormValues = Pick<
  MailSettingsView,
  "primary" | "secondary" | "failoverAfter" | "coolDownSeconds" | "replyTo" | "envReplyTo"
>;

interface Props {
  values: MailSettingsFormValues;
  /** The transports this server is configured for: the only ones that can be chosen. */
  configured: MailTransportName[];
  /** Auditors see the form disabled. */
  readOnly: boolean;
}

/** The failover's two whole-number limits, with the bounds the settings schema enforces. */
const limits = [
  { name: "failoverAfter", id: "mail-failover-after", min: 1, max: 100 },
  { name: "coolDownSeconds", id: "mail-cool-down", min: 0, max: 86400 },
] as const;

/** The transport order, failover thresholds and Reply-To (ADMIN). */
export function MailSettingsForm({ values, configured, readOnly }: Props) {
  const t = useTranslations("settings.mail.form");
  const tt = useTranslations("settings.mail.transports");
  const tc = useTranslations("common");
  const { state, action, pending, onSubmit } = useFormAction(updateMailSettingsAction);
  const field = useFormFields(state, "mail", t);
  const options = configured.map((name) => ({ value: name, label: tt(name) }));
  const fallback = values.envReplyTo
    ? t("replyToFallbackEnv", { address: values.envReplyTo })
    : t("replyToFallbackNone");

  return (
    <form action={action} onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-5">
      <fieldset disabled={readOnly} className="grid gap-5">
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            {...field("primary")}
            description={t("primaryHelp")}
            defaultValue={values.primary}
            options={options}
          />
          <SelectField
            {...field("secondary")}
            description={t("secondaryHelp")}
            defaultValue={values.secondary ?? ""}
            options={[{ value: "", label: t("noSecondary") }, ...options]}
          />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          {limits.map(({ name, id, min, max }) => (
            <InputField
              key={name}
              {...field(name, { id })}
              description={t(`${name}Help`)}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              required
              defaultValue={values[name]}
            />
          ))}
        </div>
        <InputField
          {...field("replyTo", { id: "mail-reply-to" })}
          description={t("replyToHelp", { fallback })}
          type="email"
          maxLength={254}
          autoComplete="off"
          defaultValue={values.replyTo ?? ""}
        />
      </fieldset>
      <FormMessage state={state} success={t("saved")} />
      {readOnly ? null : (
        <div>
          <Button type="submit" pending={pending} data-testid="mail-settings-save">
            {pending ? tc("saving") : t("save")}
          </Button>
        </div>
      )}
    </form>
  );
}
