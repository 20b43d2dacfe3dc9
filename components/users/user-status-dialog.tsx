"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/lib/i18n/use-error-text";
import { disableUserAction, enableUserAction } from "@/lib/users/actions";

export interface UserStatusTarget {
  id: string;
  name: string;
}

interface Props {
  user: UserStatusTarget;
  mode: "disable" | "enable";
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Confirms disabling (sessions end at once) or re-enabling a user; refusals are shown in the dialog. */
export function UserStatusDialog({ user, mode, open, onOpenChange }: Props) {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function confirm() {
    setError(undefined);
    startTransition(async () => {
      const result = await (mode === "disable" ? disableUserAction : enableUserAction)({ id: user.id });
      if (result.ok) onOpenChange(false);
      else setError(errorText(result.error.message));
    });
  }

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setError(undefined);
        onOpenChange(next);
      }}
    >
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t(`${mode}Dialog.title`, { name: user.name })}</AlertDialogTitle>
          <AlertDialogDescription>{t(`${mode}Dialog.description`)}</AlertDialogDescription>
        </AlertDialogHeader>
        <p role="status" aria-live="polite" className="text-sm font-medium text-destructive empty:hidden">
          {error}
        </p>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{tc("cancel")}</AlertDialogCancel>
          <Button
            variant={mode === "disable" ? "destructive" : "default"}
            onClick={confirm}
            disabled={pending}
            data-testid={`confirm-${mode}`}
          >
            {pending ? tc("saving") : t(`${mode}Dialog.confirm`)}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
