"use client";

import { UserMinus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useRemoveMember } from "./use-member-mutations";

interface Props {
  groupId: string;
  groupName: string;
  member: { id: string; name: string };
}

export function RemoveMemberButton({ groupId, groupName, member }: Props) {
  const t = useTranslations("groups.members");
  const remove = useRemoveMember(groupId);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={t("removeLabel", { name: member.name })}>
          <UserMinus aria-hidden />
          <span className="hidden sm:inline">{t("remove")}</span>
        </Button>
      }
      title={t("removeTitle", { name: member.name, group: groupName })}
      description={t("removeDescription")}
      confirmLabel={t("removeConfirm")}
      pendingLabel={t("removing")}
      successMessage={t("removed", { name: member.name, group: groupName })}
      // The mutation throws the action's message key on failure.
      onConfirm={async () => {
        await remove.mutateAsync(member.id);
      }}
      // The row goes: the focus moves to the next member's button, else to the list's empty state.
      afterRemoval={{ row: "tr", fallback: '[data-slot="empty-state"]' }}
    />
  );
}
