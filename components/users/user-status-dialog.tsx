"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { disableUserAction, enableUserAction } from "@/lib/users/actions";

interface UserStatusTarget {
  id: string;
  name: string;
}

type Props = Pick<
  ComponentProps<typeof ConfirmDialog>,
  "trigger" | "open" | "onOpenChange" | "returnFocusRef"
> & {
  user: UserStatusTarget;
  mode: "disable" | "enable";
};

/** Confirms disabling (sessions end at once) or re-enabling a user; refusals are shown in the dialog. */
export function UserStatusDialog({ user, mode, ...dialog }: Props) {
  const t = useTranslations("users");
  return (
    <ConfirmDialog
      {...dialog}
      title={t(`${mode}Dialog.title`, { name: user.name })}
      description={t(`${mode}Dialog.description`)}
      confirmLabel={t(`${mode}Dialog.confirm`)}
      pendingLabel={t(`${mode}Dialog.pending`)}
      successMessage={t(`${mode}Dialog.done`, { name: user.name })}
      variant={mode === "disable" ? "destructive" : "default"}
      onConfirm={() => (mode === "disable" ? disableUserAction : enableUserAction)({ id: user.id })}
      confirmTestId={`confirm-${mode}`}
    />
  );
}
