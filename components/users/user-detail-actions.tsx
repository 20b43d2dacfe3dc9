"use client";

import { Pencil, UserCheck, UserX } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { UserStatusDialog } from "./user-status-dialog";

interface Props {
  user: { id: string; name: string; disabled: boolean };
  isSelf: boolean;
}

/** An administrator's buttons on a user's page: edit, and disable or re-enable (never on themselves). */
export function UserDetailActions({ user, isSelf }: Props) {
  const t = useTranslations("users");
  const mode = user.disabled ? "enable" : "disable";
  return (
    <>
      <LinkButton variant="outline" href={`/users/${user.id}/edit`} icon={Pencil}>
        {t("edit")}
      </LinkButton>
      {isSelf ? null : (
        <UserStatusDialog
          user={user}
          mode={mode}
          trigger={
            <Button variant={mode === "disable" ? "outline" : "default"}>
              {mode === "disable" ? <UserX aria-hidden /> : <UserCheck aria-hidden />}
              {t(mode)}
            </Button>
          }
        />
      )}
    </>
  );
}
