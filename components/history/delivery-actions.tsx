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
  // Retry re-queues this delivery (then the page refreshes); Resend makes a new one and moves to it.
  const actions = [
    canRetry && {
      name: "retry",
      icon: RotateCw,
      messages: { pending: t("retrying"), success: t("retried") },
      run: () => retryDeliveryAction({ id }),
      after: () => router.refresh(),
      // A re-queued delivery cannot be retried: the button goes, the focus to the delivery's heading.
      afterRemoval: { fallback: "main h1" },
    },
    canResend && {
      name: "resend",
      icon: Send,
      messages: { pending: t("resending"), success: t("resent") },
      run: async () => {
        const result = await resendDeliveryAction({ id });
        if (result.ok) router.push(`/history/${result.data.id}` as Route);
        return result;
      },
      after: undefined,
      afterRemoval: undefined,
    },
  ];
  return actions.map((action) =>
    action ? (
      <ConfirmDialog
        key={action.name}
        trigger={
          <Button variant="outline" data-testid={`${action.name}-delivery`}>
            <action.icon aria-hidden />
            {t(action.name)}
          </Button>
        }
        title={t(`${action.name}Title`)}
        description={t(`${action.name}Description`)}
        confirmLabel={t(action.name)}
        pendingLabel={action.messages.pending}
        successMessage={action.messages.success}
        variant="default"
        confirmTestId={`confirm-${action.name}`}
        onConfirm={action.run}
        onSuccess={action.after}
        afterRemoval={action.afterRemoval}
      />
    ) : null,
  );
}
