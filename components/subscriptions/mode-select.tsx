"use client";

import { useTranslations } from "next-intl";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";
import { cn } from "@/lib/utils";
import type { DeliveryMode } from "@/lib/subscriptions/types";

interface Props {
  value: DeliveryMode | null;
  onChange: (mode: DeliveryMode | null) => void;
  label: string;
  disabled?: boolean;
  /** Offer "as subscribed" (null): a recipient's own choice can fall back to the subscriptions' mode. */
  allowDefault?: boolean;
  /** What "as subscribed" currently means, shown beside it. */
  defaultMode?: DeliveryMode;
  className?: string;
  id?: string;
}

export function ModeSelect({
  value,
  onChange,
  label,
  disabled,
  allowDefault,
  defaultMode,
  className,
  id,
}: Props) {
  const t = useTranslations("subscriptions.mode");
  return (
    <NativeSelect
      id={id}
      aria-label={id ? undefined : label}
      value={value ?? ""}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value === "" ? null : (event.target.value as DeliveryMode))}
      className={cn("h-8 w-40 text-xs md:text-xs", className)}
    >
      {allowDefault ? (
        <NativeSelectOption value="">
          {defaultMode ? `${t("asSubscribed")} (${t(defaultMode)})` : t("asSubscribed")}
        </NativeSelectOption>
      ) : null}
      <NativeSelectOption value="IMMEDIATE">{t("IMMEDIATE")}</NativeSelectOption>
      <NativeSelectOption value="DIGEST">{t("DIGEST")}</NativeSelectOption>
    </NativeSelect>
  );
}
