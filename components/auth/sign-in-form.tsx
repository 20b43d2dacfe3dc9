"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { signInAction } from "@/lib/auth/actions";

export function SignInForm({ callbackUrl, notice }: { callbackUrl?: string; notice?: string }) {
  const t = useTranslations("auth.signIn");
  const [state, action, pending] = useActionState(signInAction, {});
  return (
    <form action={action} className="grid gap-4" noValidate>
      {notice && !state.message ? (
        <Alert variant="success">
          <AlertDescription>{notice}</AlertDescription>
        </Alert>
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/"} />
      <div className="grid gap-2">
        <Label htmlFor="email">{t("email")}</Label>
        <Input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="password">{t("password")}</Label>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <p
        aria-live="polite"
        role="status"
        className="min-h-5 text-sm text-destructive"
        data-testid="sign-in-error"
      >
        {state.message}
      </p>
      <Button type="submit" pending={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
