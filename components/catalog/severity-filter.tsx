"use client";

import { useTranslations } from "next-intl";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { severities } from "@/lib/catalog/types";
import { cn } from "@/lib/utils";

// Native radio buttons (so the filter works in a plain GET form and arrow keys move between them),
// drawn as the severity badges used in the results.
const optionClasses = cn(
  "cursor-pointer py-1 transition-shadow",
  "peer-checked:ring-2 peer-checked:ring-ring peer-checked:ring-offset-2 peer-checked:ring-offset-card",
  "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-4 peer-focus-visible:outline-ring",
);

export function SeverityFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useTranslations("catalog.filters");
  const tSeverity = useTranslations("common.severity");
  const options = ["", ...severities] as const;
  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm leading-none font-medium">{t("severity")}</legend>
      <div className="flex flex-wrap items-center gap-2">
        {options.map((option) => (
          <label key={option || "any"} className="inline-flex">
            <input
              type="radio"
              name="severity"
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="peer sr-only"
            />
            {option === "" ? (
              <span
                className={cn(
                  "inline-flex items-center rounded-md border bg-background px-2 text-xs font-medium",
                  optionClasses,
                )}
              >
                {t("anySeverity")}
              </span>
            ) : (
              <SeverityBadge severity={option} label={tSeverity(option)} className={optionClasses} />
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
