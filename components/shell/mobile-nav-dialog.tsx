"use client";

import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog";

interface Props {
  /** The navigation (sidebar-nav.tsx, rendered on the server). */
  nav: React.ReactNode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The header button that opened it: focus goes back there on close (the dialog has no Radix trigger). */
  returnFocus: RefObject<HTMLButtonElement | null>;
}

/** The navigation as a dialog on narrow screens; loaded by mobile-nav.tsx on the first open. */
export default function MobileNavDialog({ nav, open, onOpenChange, returnFocus }: Props) {
  const t = useTranslations("nav");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        className="max-h-dvh overflow-y-auto sm:max-w-xs"
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocus.current?.focus();
        }}
      >
        <DialogTitle>{t("main")}</DialogTitle>
        {/* Following a link closes the menu (the click bubbles up from the server-rendered links). */}
        <div
          onClick={(event) => {
            if ((event.target as Element).closest("a")) onOpenChange(false);
          }}
        >
          {nav}
        </div>
      </DialogContent>
    </Dialog>
  );
}
