"use client";

import { Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

/** The lock on a mandatory type: focusable, and its accessible name carries the explanation. */
export function MandatoryBadge() {
  const t = useTranslations("subscriptions.mandatory");
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <span
          tabIndex={0}
          role="img"
          aria-label={`${t("label")}. ${t("explanation")}`}
          data-testid="mandatory-lock"
          className="inline-flex size-5 shrink-0 items-center justify-center rounded text-muted-foreground"
        >
          <Lock aria-hidden className="size-3.5" />
        </span>
      </TooltipTrigger>
      <TooltipContent>{t("explanation")}</TooltipContent>
    </Tooltip>
  );
}
