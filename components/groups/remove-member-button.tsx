"use client";

import { UserMinus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
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
import { useErrorText } from "@/lib/i18n/use-error-text";
import { useRemoveMember } from "./use-member-mutations";

interface Props {
  groupId: string;
  groupName: string;
  member: { id: string; name: string };
}

export function RemoveMemberButton({ groupId, groupName, member }: Props) {
  const t = useTranslations("groups.members");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const remove = useRemoveMember(groupId);

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) remove.reset();
        setOpen(next);
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={t("removeLabel", { name: member.name })}>
          <UserMinus aria-hidden />
          <span className="hidden sm:inline">{t("remove")}</span>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("removeTitle", { name: member.name, group: groupName })}</AlertDialogTitle>
          <AlertDialogDescription>{t("removeDescription")}</AlertDialogDescription>
        </AlertDialogHeader>
        <p role="status" aria-live="polite" className="text-sm font-medium text-destructive empty:hidden">
          {remove.error ? errorText(remove.error.message) : null}
        </p>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={remove.isPending}>{tc("cancel")}</AlertDialogCancel>
          <Button
            variant="destructive"
            disabled={remove.isPending}
            onClick={() => remove.mutate(member.id, { onSuccess: () => setOpen(false) })}
          >
            {remove.isPending ? t("removing") : t("removeConfirm")}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
