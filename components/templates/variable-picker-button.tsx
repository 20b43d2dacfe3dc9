"use client";

import { Braces } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** "Insert variable": one look for the light placeholder and the real popover's trigger. */
export function VariablePickerButton({
  field,
  ...props
}: { field: string } & React.ComponentProps<typeof Button>) {
  const t = useTranslations("templates.texts");
  return (
    <Button
      variant="outline"
      size="sm"
      aria-label={t("insertInto", { field })}
      data-testid={`insert-variable-${field}`}
      {...props}
    >
      <Braces aria-hidden />
      {t("insertVariable")}
    </Button>
  );
}
