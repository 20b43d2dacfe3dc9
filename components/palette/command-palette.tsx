"use client";

import { Search } from "lucide-react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

// The dialog, its search and its icons load on first open: this trigger is on every page.
const CommandPaletteDialog = dynamic(() => import("./command-palette-dialog"), { ssr: false });

const noSubscription = () => () => {};
const isApplePlatform = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The header's search button and the Ctrl-K / ⌘-K shortcut that opens the command palette anywhere. */
export function CommandPalette() {
  const t = useTranslations("palette");
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  // Where focus goes back to when the palette closes: what had it when the palette opened.
  const returnFocus = useRef<HTMLElement | null>(null);
  const apple = useSyncExternalStore(noSubscription, isApplePlatform, () => false);

  const isOpen = useRef(false);

  const show = useCallback((next: boolean) => {
    if (next && !isOpen.current) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setLoaded(true);
    }
    isOpen.current = next;
    setOpen(next);
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (String(event.key).toLowerCase() !== "k" || !(event.ctrlKey || event.metaKey) || event.altKey)
        return;
      event.preventDefault();
      show(true);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [show]);

  return (
    <>
      <Button
        variant="outline"
        size="sm"
        className="gap-2 text-muted-foreground"
        aria-keyshortcuts="Control+K Meta+K"
        aria-haspopup="dialog"
        aria-label={t("trigger")}
        data-testid="palette-trigger"
        onClick={() => show(true)}
      >
        <Search aria-hidden />
        <span className="hidden md:inline">{t("triggerShort")}</span>
        <kbd className="hidden rounded border bg-muted px-1.5 font-mono text-[0.7rem] sm:inline">
          {apple ? t("shortcutMac") : t("shortcutCtrl")}
        </kbd>
      </Button>
      {loaded ? <CommandPaletteDialog open={open} onOpenChange={show} returnFocus={returnFocus} /> : null}
    </>
  );
}
