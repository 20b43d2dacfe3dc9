"use client";

import { Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

/**
 * The lock shown for a mandatory type. Focusable so that keyboard users reach the tooltip too; its
 * accessible name carries the whole explanation, so screen readers need not open the tooltip.
 */
export function MandatoryLock() {
  const t = useTranslations("catalog.mandatory");
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <span
          tabIndex={0}
          role="img"
          aria-label={`${t("label")}. ${t("explanation")}`}
          data-testid="mandatory-lock"
          className="inline-flex size-6 items-center justify-center rounded-md text-foreground"
        >
          <Lock aria-hidden className="size-4" />
        </span>
      </TooltipTrigger>
      <TooltipContent>{t("explanation")}</TooltipContent>
    </Tooltip>
  );
}
