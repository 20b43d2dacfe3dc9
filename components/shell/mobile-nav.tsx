"use client";

import { Menu } from "lucide-react";
import { lazy, Suspense, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// The dialog (Radix's focus trap, scroll lock, portal) loads when the pointer or focus reaches the
// button, not with every page: most visits never open it.
const loadDialog = () => import("./mobile-nav-dialog");
const MobileNavDialog = lazy(loadDialog);

/** `nav`: the sidebar's navigation, rendered on the server, shown in a dialog on narrow screens. */
export function MobileNav({ nav }: { nav: React.ReactNode }) {
  const t = useTranslations("nav");
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={button}
        variant="ghost"
        size="icon"
        className="lg:hidden"
        aria-label={t("openMenu")}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
      >
        <Menu aria-hidden />
      </Button>
      {used ? (
        <Suspense fallback={null}>
          <MobileNavDialog nav={nav} open={open} onOpenChange={setOpen} returnFocus={button} />
        </Suspense>
      ) : null}
    </>
  );
}
