"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteGroupAction } from "@/lib/groups/actions";

interface Props {
  group: { id: string; name: string; members: number; subscriptions: number };
}

/** Deleting a group takes its memberships and subscriptions with it, so it asks first. */
export function DeleteGroupDialog({ group }: Props) {
  const t = useTranslations("groups.delete");
  const tc = useTranslations("common");
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" className="text-destructive hover:text-destructive">
          <Trash2 aria-hidden />
          {tc("delete")}
        </Button>
      }
      title={t("title", { name: group.name })}
      description={t("description", { members: group.members, subscriptions: group.subscriptions })}
      confirmLabel={t("confirm")}
      pendingLabel={t("deleting")}
      successMessage={t("done", { name: group.name })}
      // On success the action redirects to the groups list.
      onConfirm={() => deleteGroupAction({ id: group.id })}
      confirmTestId="confirm-delete-group"
    />
  );
}
