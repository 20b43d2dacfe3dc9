"use client";

import { LogOut, Monitor, Moon, Sun } from "lucide-react";
import Link from "next/link";
import { useTransition } from "react";
import { useTheme } from "next-themes";
import { useLocale, useTranslations } from "next-intl";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { signOutAction } from "@/lib/auth/actions";
import { updateOwnLocaleAction } from "@/lib/i18n/actions";
import { localeLabels, locales } from "@/lib/i18n/locales";
import { UserMenuButton } from "./user-menu-button";

export interface UserMenuProps {
  name: string;
  email: string;
  roleLabel: string;
}

/**
 * The account menu itself (Radix's dropdown menu and its positioning code), loaded by user-menu.tsx when
 * the button is first used, and then mounted open.
 */
export default function UserMenuDropdown({ name, email, roleLabel }: UserMenuProps) {
  const t = useTranslations();
  const { setTheme } = useTheme();
  const current = useLocale();
  const [, startTransition] = useTransition();
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>
        <UserMenuButton name={name} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="grid gap-0.5">
          <span className="truncate">{name}</span>
          <span className="truncate text-xs font-normal text-muted-foreground">{email}</span>
          <span className="text-xs font-normal text-muted-foreground">{roleLabel}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/me">{t("nav.profile")}</Link>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">
          {t("common.theme.label")}
        </DropdownMenuLabel>
        <DropdownMenuItem onSelect={() => setTheme("light")}>
          <Sun aria-hidden /> {t("common.theme.light")}
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => setTheme("dark")}>
          <Moon aria-hidden /> {t("common.theme.dark")}
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => setTheme("system")}>
          <Monitor aria-hidden /> {t("common.theme.system")}
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">
          {t("common.language")}
        </DropdownMenuLabel>
        {locales.map((locale) => (
          <DropdownMenuCheckboxItem
            key={locale}
            lang={locale}
            checked={locale === current}
            // The action saves the language and revalidates the layout: the page re-renders in it.
            onSelect={() => startTransition(async () => void (await updateOwnLocaleAction({ locale })))}
          >
            {localeLabels[locale]}
          </DropdownMenuCheckboxItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void signOutAction()} data-testid="sign-out">
          <LogOut aria-hidden /> {t("auth.signOut")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
