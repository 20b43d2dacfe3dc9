"use client";

import { Menu } from "lucide-react";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { Role } from "@/generated/prisma/enums";
import { SidebarNav } from "./sidebar-nav";

export function MobileNav({ role }: { role: Role }) {
  const t = useTranslations("nav");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" className="lg:hidden" aria-label={t("openMenu")}>
          <Menu aria-hidden />
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-dvh overflow-y-auto sm:max-w-xs">
        <DialogTitle>{t("main")}</DialogTitle>
        <SidebarNav role={role} onNavigate={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
