"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { liftSuppressionAction } from "@/lib/suppressions/actions";

/** Takes an address off the suppression list after confirmation (ADMIN). */
export function LiftSuppressionButton({ email }: { email: string }) {
  const t = useTranslations("suppressions.lift");
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm" aria-label={t("buttonLabel", { email })}>
          {t("button")}
        </Button>
      }
      title={t("title", { email })}
      description={t("description")}
      confirmLabel={t("confirm")}
      pendingLabel={t("lifting")}
      successMessage={t("done", { email })}
      variant="default"
      onConfirm={() => liftSuppressionAction({ email })}
      // The row goes: the focus moves to the next address's button, else to the list's empty state.
      afterRemoval={{ row: "tr", fallback: '[data-slot="empty-state"]' }}
      confirmTestId="lift-suppression-confirm"
    />
  );
}
