"use client";

import { RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { FormState } from "@/lib/actions/form-state";

/** "Reset to default" with a confirmation: the custom texts of one language are deleted. */
export function ResetOverrideDialog({
  language,
  disabled,
  onConfirm,
}: {
  language: string;
  /** While the texts are being saved. */
  disabled: boolean;
  onConfirm: () => Promise<FormState>;
}) {
  const t = useTranslations("templates.texts");
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" disabled={disabled} data-testid="override-reset">
          <RotateCcw aria-hidden />
          {t("reset")}
        </Button>
      }
      title={t("resetTitle", { language })}
      description={t("resetDescription")}
      confirmLabel={t("resetConfirm")}
      pendingLabel={t("resetting")}
      // The editor shows (and announces) "Default texts restored." itself.
      onConfirm={onConfirm}
      // With the custom texts gone, so is this button: the focus goes to the heading of the texts.
      afterRemoval={{ fallback: "#texts-title" }}
      confirmTestId="override-reset-confirm"
    />
  );
}
