"use client";

import { MoreHorizontal } from "lucide-react";
import Link from "next/link";
import type { Route } from "next";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { UserStatusDialog } from "./user-status-dialog";

interface Props {
  user: { id: string; name: string; disabled: boolean };
  /** The viewer's own row: they may not disable themselves. */
  isSelf: boolean;
}

/** An administrator's per-row menu in the users list. */
export function UserRowActions({ user, isSelf }: Props) {
  const t = useTranslations("users");
  const [dialog, setDialog] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const mode = user.disabled ? "enable" : "disable";
  return (
    <>
      {/* Not modal: the confirmation dialog opens as the menu closes, and a modal menu would leave the
          page inert behind it. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button
            ref={menuButton}
            variant="ghost"
            size="icon"
            aria-label={t("rowActions", { name: user.name })}
          >
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem asChild>
            <Link href={`/users/${user.id}` as Route}>{t("view")}</Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href={`/users/${user.id}/edit` as Route}>{t("edit")}</Link>
          </DropdownMenuItem>
          {isSelf ? null : (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem
                variant={mode === "disable" ? "destructive" : "default"}
                onSelect={() => setDialog(true)}
              >
                {t(mode)}
              </DropdownMenuItem>
            </>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <UserStatusDialog
        user={user}
        mode={mode}
        open={dialog}
        onOpenChange={setDialog}
        returnFocusRef={menuButton}
      />
    </>
  );
}
