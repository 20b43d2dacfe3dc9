"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { SelectField } from "@/components/ui/select-field";
import { cn } from "@/lib/utils";
import { defaultQuietWindow, quietTimeOptions, type QuietWindow } from "@/lib/subscriptions/quiet-window";

interface Props extends QuietWindow {
  /** Prefix of the controls' ids, unique on the page. */
  id: string;
  /** The zone the times are read in: the person's or contact's saved one. */
  timeZone: string;
  /** Field errors already in the reader's language (common.errors), by field name. */
  errors: (name: "quietStart" | "quietEnd") => string[] | undefined;
  /** Hide the legend when a heading right above already says "Quiet hours". */
  legendHidden?: boolean;
}

/**
 * Quiet hours for a user or contact (My notifications, the admin's user form, the contact form): a box
 * to turn them on and the window's two local times. While off, the times are disabled and not sent;
 * the schemas (lib/subscriptions/quiet-hours.ts) store null then.
 */
export function QuietHoursField({ id, quietStart, quietEnd, timeZone, errors, legendHidden }: Props) {
  const t = useTranslations("common.quietHours");
  const [on, setOn] = useState(quietStart !== null && quietEnd !== null);
  const start = quietStart ?? defaultQuietWindow.quietStart;
  const end = quietEnd ?? defaultQuietWindow.quietEnd;
  const descriptionId = `${id}-description`;

  return (
    <fieldset className="grid gap-3" aria-describedby={descriptionId}>
      <legend className={cn("mb-3 text-sm font-medium", legendHidden && "sr-only")}>{t("legend")}</legend>
      <div className="flex items-center gap-2">
        <Checkbox
          id={`${id}-on`}
          name="quietHours"
          value="on"
          checked={on}
          onCheckedChange={(checked) => setOn(checked === true)}
        />
        <Label htmlFor={`${id}-on`}>{t("enabled")}</Label>
      </div>
      {/* A disabled fieldset disables both selects, so only the box is sent while off. */}
      <fieldset disabled={!on} className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id={`${id}-start`}
          name="quietStart"
          label={t("start")}
          defaultValue={start}
          options={quietTimeOptions(start)}
          errors={errors("quietStart")}
        />
        <SelectField
          id={`${id}-end`}
          name="quietEnd"
          label={t("end")}
          defaultValue={end}
          options={quietTimeOptions(end)}
          errors={errors("quietEnd")}
        />
      </fieldset>
      <p id={descriptionId} className="text-sm text-muted-foreground">
        {t("description", { timeZone })}
      </p>
    </fieldset>
  );
}
