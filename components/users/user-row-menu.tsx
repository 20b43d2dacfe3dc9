"use client";

import type { Route } from "next";
import Link from "next/link";
import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { RowMenuButton } from "./row-menu-button";

interface Props {
  user: { id: string; name: string };
  mode: "enable" | "disable";
  isSelf: boolean;
  menuButton: RefObject<HTMLButtonElement | null>;
  onStatusChange: () => void;
}

/** The row menu itself (Radix's dropdown menu), loaded by user-row-actions.tsx on first use and mounted open. */
export default function UserRowMenu({ user, mode, isSelf, menuButton, onStatusChange }: Props) {
  const t = useTranslations("users");
  return (
    // Not modal: the confirmation dialog opens as the menu closes, and a modal menu would leave the
    // page inert behind it.
    <DropdownMenu modal={false} defaultOpen>
      <DropdownMenuTrigger asChild>
        <RowMenuButton ref={menuButton} name={user.name} />
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
              onSelect={onStatusChange}
            >
              {t(mode)}
            </DropdownMenuItem>
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
