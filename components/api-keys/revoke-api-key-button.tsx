"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";
import { useErrorText } from "@/lib/i18n/use-error-text";

export function RevokeApiKeyButton({ id, name, prefix }: { id: string; name: string; prefix: string }) {
  const t = useTranslations("apiKeys.revoke");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function revoke(event: React.MouseEvent) {
    event.preventDefault(); // stay open until the server answers
    setError(undefined);
    startTransition(async () => {
      try {
        const result = await revokeApiKeyAction({ id });
        if (result.ok) setOpen(false);
        else setError(errorText(result.error.message));
      } catch {
        setError(t("failed"));
      }
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={t("buttonLabel", { name })}>
          {t("button")}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("title", { name })}</AlertDialogTitle>
          <AlertDialogDescription>{t("description", { prefix })}</AlertDialogDescription>
        </AlertDialogHeader>
        <p role="alert" className="text-sm font-medium text-destructive empty:hidden">
          {error}
        </p>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{tc("cancel")}</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={revoke} disabled={pending}>
            {pending ? t("revoking") : t("confirm")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
