"use client";

import { useId, useRef, useState } from "react";

import { cn } from "@/lib/utils";

/** As Radix's tooltip waits before opening on hover (components/ui/tooltip.tsx). */
const HOVER_DELAY_MS = 300;

/**
 * The state and trigger handlers of a hover-or-focus hint: open on hover after a short delay or at
 * once on focus, closed by Escape, leaving or blur, and the trigger described by the hint (`id`) while
 * it is open. HintTooltip and the catalog's MandatoryLock share it.
 */
export function useHint() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = (delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOpen(true), delay);
  };
  const hide = () => {
    clearTimeout(timer.current);
    setOpen(false);
  };
  const triggerProps = {
    tabIndex: 0,
    "aria-describedby": open ? id : undefined,
    onPointerEnter: () => show(HOVER_DELAY_MS),
    onPointerLeave: hide,
    onFocus: () => show(0),
    onBlur: hide,
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === "Escape" && open) {
        event.stopPropagation();
        hide();
      }
    },
  };
  return { id, open, triggerProps };
}

/** The hint's bubble: beside its trigger, on the side `placement` names. */
export const hintBubbleClass =
  "absolute top-1/2 z-50 w-max max-w-xs -translate-y-1/2 rounded-md bg-foreground px-3 py-1.5 text-left text-xs font-normal text-balance whitespace-normal text-background shadow-md motion-safe:animate-fade-in";

/**
 * A short text hint for a small focusable item (a badge in a table cell), shown beside it on hover
 * after a short delay or on focus, closed by Escape, leaving or blur, and announced as the item's
 * description while open. No positioning library: it opens to the item's right, where a table has
 * room, so a page whose only tooltips are these does not load Radix's tooltip and Floating UI (≈ 20 KB
 * of compressed JavaScript). Use components/ui/tooltip.tsx where the hint must find its own side.
 */
export function HintTooltip({
  hint,
  className,
  children,
}: {
  hint: string;
  className?: string;
  children: React.ReactNode;
}) {
  const { id, open, triggerProps } = useHint();
  return (
    <span
      {...triggerProps}
      data-state={open ? "open" : "closed"}
      className={cn(
        "relative inline-flex rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
        className,
      )}
    >
      {children}
      {open ? (
        <span id={id} role="tooltip" className={cn(hintBubbleClass, "left-full ml-2")}>
          {hint}
        </span>
      ) : null}
    </span>
  );
}
