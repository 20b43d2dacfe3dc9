"use client";

import { useRouter } from "next/navigation";
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
import { setContactStatusAction } from "@/lib/contacts/actions";
import { useErrorText } from "@/lib/i18n/use-error-text";

/** Disable or re-enable a contact, after confirming. */
export function ContactStatusButton({ id, name, disabled }: { id: string; name: string; disabled: boolean }) {
  const t = useTranslations("subscriptions.contacts.detail");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState("");
  const next = !disabled;

  function confirm() {
    startTransition(async () => {
      const result = await setContactStatusAction({ id, disabled: next });
      if (!result.ok) setError(errorText(result.error.message) ?? result.error.message);
      else router.refresh();
    });
  }

  return (
    <div className="flex items-center gap-2">
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button variant={next ? "destructive" : "outline"} disabled={pending}>
            {t(next ? "disable" : "enable")}
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t(next ? "disableTitle" : "enableTitle", { name })}</AlertDialogTitle>
            <AlertDialogDescription>
              {t(next ? "disableDescription" : "enableDescription")}
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>{tc("cancel")}</AlertDialogCancel>
            <AlertDialogAction variant={next ? "destructive" : "default"} onClick={confirm}>
              {t(next ? "disable" : "enable")}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
      <p aria-live="polite" className="text-sm text-destructive">
        {error}
      </p>
    </div>
  );
}
