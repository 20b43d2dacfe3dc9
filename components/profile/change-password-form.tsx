"use client";

import { useTranslations } from "next-intl";
import { FormMessage, useFormFields } from "@/components/shell/form-message";
import { useFormAction } from "@/components/shell/use-form-action";
import { Button } from "@/components/ui/button";
import { SectionCard } from "@/components/ui/section-card";
import { InputField } from "@/components/ui/input-field";
import { changePasswordAction } from "@/lib/auth/actions";

/** Change one's own password; on success every session ends and the sign-in page says why. */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("auth.profile");
  const tm = useTranslations("me.password");
  const { state, action, pending, onSubmit } = useFormAction(changePasswordAction);
  const field = useFormFields(state, "password", t);
  return (
    <SectionCard title={t("changePassword")} description={t("changePasswordDescription")} className="gap-6">
      <form action={action} onSubmit={onSubmit} noValidate className="grid gap-4">
        {/* Lets password managers file the new password under the right account. */}
        <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
        <InputField {...field("current")} type="password" autoComplete="current-password" required />
        <InputField
          {...field("next")}
          description={tm("rules")}
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={256}
        />
        <InputField {...field("confirm")} type="password" autoComplete="new-password" required />
        <FormMessage state={state} />
        <div>
          <Button type="submit" variant="outline" pending={pending}>
            {pending ? tm("submitting") : t("submit")}
          </Button>
        </div>
      </form>
    </SectionCard>
  );
}
