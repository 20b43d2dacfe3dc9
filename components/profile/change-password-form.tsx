"use client";

import { useTranslations } from "next-intl";
import { FormMessage, useFieldErrors } from "@/components/shell/form-message";
import { useFormAction } from "@/components/shell/use-form-action";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { changePasswordAction } from "@/lib/auth/actions";

/** Change one's own password; on success every session ends and the sign-in page says why. */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("auth.profile");
  const tm = useTranslations("me.password");
  const { state, action, pending, onSubmit } = useFormAction(changePasswordAction);
  const errors = useFieldErrors(state);
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("changePassword")}</CardTitle>
        <CardDescription>{t("changePasswordDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form action={action} onSubmit={onSubmit} noValidate className="grid gap-4">
          {/* Lets password managers file the new password under the right account. */}
          <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
          <Field id="password-current" label={t("current")} errors={errors("current")}>
            <Input
              name="current"
              type="password"
              autoComplete="current-password"
              required
              {...fieldControlProps("password-current", errors("current"))}
            />
          </Field>
          <Field id="password-next" label={t("next")} description={tm("rules")} errors={errors("next")}>
            <Input
              name="next"
              type="password"
              autoComplete="new-password"
              required
              minLength={12}
              maxLength={256}
              {...fieldControlProps("password-next", errors("next"), { description: true })}
            />
          </Field>
          <Field id="password-confirm" label={t("confirm")} errors={errors("confirm")}>
            <Input
              name="confirm"
              type="password"
              autoComplete="new-password"
              required
              {...fieldControlProps("password-confirm", errors("confirm"))}
            />
          </Field>
          <FormMessage state={state} />
          <div>
            <Button type="submit" variant="outline" disabled={pending}>
              {pending ? tm("submitting") : t("submit")}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
