"use client";

import { Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import { hintBubbleClass, useHint } from "@/components/ui/hint-tooltip";
import { cn } from "@/lib/utils";

// Each place explains the rule to its own reader, at its own size. The explanation opens on the side
// with room: the catalog's lock is its table's last column, a subscriptions view's sits before a name.
const CONTEXTS = {
  // The catalog's own column: for those who browse and manage the types.
  catalog: {
    namespace: "catalog.mandatory",
    className: "size-6 rounded-md text-foreground",
    iconClassName: "size-4",
    side: "right-full mr-2",
  },
  // Inline next to a type's name in a subscriptions view: for the recipient.
  subscriptions: {
    namespace: "subscriptions.mandatory",
    className: "size-5 shrink-0 rounded text-muted-foreground",
    iconClassName: "size-3.5",
    side: "left-full ml-2",
  },
  // The same, for a recipient whose address is suppressed: the rule holds, but nothing is sent.
  suppressed: {
    namespace: "subscriptions.mandatoryHeld",
    className: "size-5 shrink-0 rounded text-muted-foreground",
    iconClassName: "size-3.5",
    side: "left-full ml-2",
  },
} as const;

/** The id of the lock icon's <symbol> (LockSymbol), for a page showing the lock many times. */
export const LOCK_SYMBOL_ID = "mandatory-lock-icon";

/** The lock icon (lucide's Lock) once, for every `<MandatoryLock iconHref>` on the page to point to. */
export function LockSymbol() {
  return (
    <svg aria-hidden className="hidden">
      <symbol
        id={LOCK_SYMBOL_ID}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <rect width="18" height="11" x="3" y="11" rx="2" ry="2" />
        <path d="M7 11V7a5 5 0 0 1 10 0v4" />
      </symbol>
    </svg>
  );
}

/**
 * The lock shown for a mandatory type. Focusable so that keyboard users reach the explanation too; its
 * accessible name carries the whole explanation, so screen readers need not open it. The explanation
 * is a small tooltip of its own (hover after a short delay, or focus; Escape or leaving closes it)
 * rather than Radix's: a catalog page shows this lock dozens of times and no other tooltip, and
 * Radix's tooltip with its positioning code would be a tenth of the page's JavaScript.
 */
export function MandatoryLock({
  context,
  iconHref,
}: {
  context: keyof typeof CONTEXTS;
  /** `#id` of a LockSymbol on the page: the icon by reference, not 300 bytes of SVG per lock. */
  iconHref?: string;
}) {
  const { namespace, className, iconClassName, side } = CONTEXTS[context];
  const t = useTranslations(namespace);
  const { id, open, triggerProps } = useHint();
  return (
    <span
      {...triggerProps}
      role="img"
      aria-label={`${t("label")}. ${t("explanation")}`}
      data-testid="mandatory-lock"
      className={cn("relative inline-flex items-center justify-center", className)}
    >
      {iconHref ? (
        <svg aria-hidden className={iconClassName}>
          <use href={iconHref} />
        </svg>
      ) : (
        <Lock aria-hidden className={iconClassName} />
      )}
      {open ? (
        <span id={id} role="tooltip" className={cn(hintBubbleClass, side)}>
          {t("explanation")}
        </span>
      ) : null}
    </span>
  );
}
