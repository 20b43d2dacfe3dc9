"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormMessage, useFieldErrors } from "@/components/shell/form-message";
import { useFormAction } from "@/components/shell/use-form-action";
import { Button } from "@/components/ui/button";
import { SectionCard } from "@/components/ui/section-card";
import { resetUserPasswordAction } from "@/lib/users/actions";
import { PasswordField } from "./password-input";

/** An administrator sets a user's password; the user is signed out everywhere. */
export function ResetPasswordForm({ userId, isSelf }: { userId: string; isSelf: boolean }) {
  const t = useTranslations("users.password");
  const { state, action, pending, onSubmit } = useFormAction(resetUserPasswordAction);
  const errors = useFieldErrors(state);
  // Each success remounts the form, so the password field empties (it holds its own state).
  const [seen, setSeen] = useState(state);
  const [generation, setGeneration] = useState(0);
  if (state !== seen) {
    setSeen(state);
    if (state.ok) setGeneration((count) => count + 1);
  }
  return (
    <SectionCard
      title={t("title")}
      description={isSelf ? t("selfDescription") : t("description")}
      className="max-w-2xl gap-6"
    >
      <form key={generation} action={action} onSubmit={onSubmit} noValidate className="grid gap-4">
        <input type="hidden" name="id" value={userId} />
        <PasswordField
          id="reset-password"
          label={t("label")}
          description={t("help")}
          errors={errors("password")}
        />
        <FormMessage state={state} success={t("done")} />
        <div>
          <Button type="submit" variant="outline" pending={pending}>
            {pending ? t("submitting") : t("submit")}
          </Button>
        </div>
      </form>
    </SectionCard>
  );
}
