"use client";

import { Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cn } from "@/lib/utils";

// Each place explains the rule to its own reader, at its own size.
const CONTEXTS = {
  // The catalog's own column: for those who browse and manage the types.
  catalog: {
    namespace: "catalog.mandatory",
    className: "size-6 rounded-md text-foreground",
    iconClassName: "size-4",
  },
  // Inline next to a type's name in a subscriptions view: for the recipient.
  subscriptions: {
    namespace: "subscriptions.mandatory",
    className: "size-5 shrink-0 rounded text-muted-foreground",
    iconClassName: "size-3.5",
  },
} as const;

/**
 * The lock shown for a mandatory type. Focusable so that keyboard users reach the tooltip too; its
 * accessible name carries the whole explanation, so screen readers need not open the tooltip.
 */
export function MandatoryLock({ context }: { context: keyof typeof CONTEXTS }) {
  const { namespace, className, iconClassName } = CONTEXTS[context];
  const t = useTranslations(namespace);
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <span
          tabIndex={0}
          role="img"
          aria-label={`${t("label")}. ${t("explanation")}`}
          data-testid="mandatory-lock"
          className={cn("inline-flex items-center justify-center", className)}
        >
          <Lock aria-hidden className={iconClassName} />
        </span>
      </TooltipTrigger>
      <TooltipContent>{t("explanation")}</TooltipContent>
    </Tooltip>
  );
}
