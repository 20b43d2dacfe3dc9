"use client";

import { Trash2 } from "lucide-react";
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
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { deleteGroupAction } from "@/lib/groups/actions";
import { useErrorText } from "@/lib/i18n/use-error-text";

interface Props {
  group: { id: string; name: string; members: number; subscriptions: number };
}

/** Deleting a group takes its memberships and subscriptions with it, so it asks first. */
export function DeleteGroupDialog({ group }: Props) {
  const t = useTranslations("groups.delete");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function confirm() {
    setError(undefined);
    startTransition(async () => {
      // On success the action redirects to the groups list.
      const result = await deleteGroupAction({ id: group.id });
      if (!result.ok) setError(errorText(result.error.message));
    });
  }

  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" className="text-destructive hover:text-destructive">
          <Trash2 aria-hidden />
          {tc("delete")}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("title", { name: group.name })}</AlertDialogTitle>
          <AlertDialogDescription>
            {t("description", { members: group.members, subscriptions: group.subscriptions })}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <p role="status" aria-live="polite" className="text-sm font-medium text-destructive empty:hidden">
          {error}
        </p>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{tc("cancel")}</AlertDialogCancel>
          <Button
            variant="destructive"
            onClick={confirm}
            disabled={pending}
            data-testid="confirm-delete-group"
          >
            {pending ? t("deleting") : t("confirm")}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
