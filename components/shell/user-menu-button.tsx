"use client";

import { UserRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The header's account button: one look for the light placeholder and for the real menu's trigger. */
export function UserMenuButton({ name, ...props }: { name: string } & React.ComponentProps<typeof Button>) {
  const t = useTranslations("nav");
  return (
    <Button variant="ghost" className="gap-2" aria-label={t("userMenu")} data-testid="user-menu" {...props}>
      <UserRound aria-hidden className="size-4" />
      <span className="hidden max-w-40 truncate sm:inline">{name}</span>
    </Button>
  );
}
