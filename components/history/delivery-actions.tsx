"use client";

import { RotateCw, Send } from "lucide-react";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { resendDeliveryAction, retryDeliveryAction } from "@/lib/history/actions";

/** "Retry" for a failed delivery and "Resend" for one that went out (ADMIN; the actions check again). */
export function DeliveryActions({
  id,
  canRetry,
  canResend,
}: {
  id: string;
  canRetry: boolean;
  canResend: boolean;
}) {
  const t = useTranslations("history.actions");
  const router = useRouter();
  return (
    <>
      {canRetry ? (
        <ConfirmDialog
          trigger={
            <Button variant="outline" data-testid="retry-delivery">
              <RotateCw aria-hidden />
              {t("retry")}
            </Button>
          }
          title={t("retryTitle")}
          description={t("retryDescription")}
          confirmLabel={t("retry")}
          pendingLabel={t("retrying")}
          successMessage={t("retried")}
          variant="default"
          confirmTestId="confirm-retry"
          onConfirm={() => retryDeliveryAction({ id })}
          onSuccess={() => router.refresh()}
        />
      ) : null}
      {canResend ? (
        <ConfirmDialog
          trigger={
            <Button variant="outline" data-testid="resend-delivery">
              <Send aria-hidden />
              {t("resend")}
            </Button>
          }
          title={t("resendTitle")}
          description={t("resendDescription")}
          confirmLabel={t("resend")}
          pendingLabel={t("resending")}
          successMessage={t("resent")}
          variant="default"
          confirmTestId="confirm-resend"
          onConfirm={async () => {
            const result = await resendDeliveryAction({ id });
            if (result.ok) router.push(`/history/${result.data.id}` as Route);
            return result;
          }}
        />
      ) : null}
    </>
  );
}
