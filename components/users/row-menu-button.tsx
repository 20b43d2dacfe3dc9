"use client";

import { MoreHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** A users-list row's menu button: one look for the light placeholder and the real menu's trigger. */
export function RowMenuButton({ name, ...props }: { name: string } & React.ComponentProps<typeof Button>) {
  const t = useTranslations("users");
  return (
    <Button variant="ghost" size="icon" aria-label={t("rowActions", { name })} {...props}>
      <MoreHorizontal aria-hidden />
    </Button>
  );
}
