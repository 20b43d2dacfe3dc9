"use client";

import { Search } from "lucide-react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

// The dialog, its search and its icons load on first open: this trigger is on every page.
const CommandPaletteDialog = dynamic(() => import("./command-palette-dialog"), { ssr: false });

const noSubscription = () => () => {};
const isShortcut = (event: KeyboardEvent) =>
  String(event.key).toLowerCase() === "k" && (event.ctrlKey || event.metaKey) && !event.altKey;
/** A key that types one character (a letter, a digit, a space, an emoji), not a command. */
const isCharacter = (event: KeyboardEvent) =>
  // Autofill sends keydown events without a key
  typeof event.key === "string" &&
  [...event.key].length === 1 &&
  !event.ctrlKey &&
  !event.metaKey &&
  !event.altKey;
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
  // What is typed between opening and the input taking focus (the first time, the dialog's code is
  // still loading): kept here and handed to the input when it takes focus, so that typing straight
  // after Ctrl-K loses nothing. null once the input has it, and while the palette is closed.
  const typedAhead = useRef<string | null>(null);

  const show = useCallback((next: boolean) => {
    if (next && !isOpen.current) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      typedAhead.current = "";
      setLoaded(true);
    }
    if (!next) typedAhead.current = null;
    isOpen.current = next;
    setOpen(next);
  }, []);

  const takeTypedAhead = useCallback(() => {
    const typed = typedAhead.current ?? "";
    typedAhead.current = null;
    return typed;
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isShortcut(event)) {
        event.preventDefault();
        show(true);
        return;
      }
      if (typedAhead.current === null || event.isComposing) return;
      if (isCharacter(event)) typedAhead.current += event.key;
      else if (event.key === "Backspace") typedAhead.current = [...typedAhead.current].slice(0, -1).join("");
      else if (event.key === "Escape") show(false);
      else return;
      // Nothing else on the page gets it: it was typed into the palette
      event.preventDefault();
      event.stopPropagation();
    };
    // Capture: seen before the page's own handlers, wherever focus is while the palette loads
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
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
      {loaded ? (
        <CommandPaletteDialog
          open={open}
          onOpenChange={show}
          returnFocus={returnFocus}
          takeTypedAhead={takeTypedAhead}
        />
      ) : null}
    </>
  );
}
