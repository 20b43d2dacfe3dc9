"use client";

import * as React from "react";
import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { useAnnounce } from "@/components/ui/live-announcer";
import { useErrorText } from "@/lib/i18n/use-error-text";
import {
  confirmFailure,
  isRedirect,
  thrownFailure,
  type ConfirmFailure,
  type ConfirmResult,
} from "./confirm-outcome";

type ConfirmDialogProps = {
  /** The button that opens the dialog; focus returns to it on close. Omit it when `open` is controlled. */
  trigger?: React.ReactElement;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Where focus goes on close when there is no trigger (e.g. the menu button a menu item opened it from). */
  returnFocusRef?: React.RefObject<HTMLElement | null>;
  title: React.ReactNode;
  description: React.ReactNode;
  confirmLabel: string;
  /** The confirm button's text while the action runs ("Revoking…"). */
  pendingLabel: string;
  /**
   * Announced (polite live region) once the action succeeded and the dialog closed. Omit it only when
   * the page shows the result in a live region of its own.
   */
  successMessage?: string;
  variant?: "default" | "destructive";
  /** Runs the action. A failure keeps the dialog open and shows why; success closes it. */
  onConfirm: () => Promise<ConfirmResult>;
  /** After success, e.g. `router.refresh()` when the action does not revalidate the page itself. */
  onSuccess?: () => void;
  confirmTestId?: string;
};

/**
 * The one confirm-then-act dialog. While the action runs the dialog cannot be dismissed and the
 * confirm button shows `pendingLabel`; on failure it stays open with the error in an alert region;
 * on success it closes (focus back on the trigger) and `successMessage` is announced.
 */
function ConfirmDialog({
  trigger,
  open: controlledOpen,
  onOpenChange,
  returnFocusRef,
  title,
  description,
  confirmLabel,
  pendingLabel,
  successMessage,
  variant = "destructive",
  onConfirm,
  onSuccess,
  confirmTestId,
}: ConfirmDialogProps) {
  const tc = useTranslations("common");
  const te = useTranslations("common.errors");
  const errorText = useErrorText();
  const shellAnnounce = useAnnounce();
  const [ownOpen, setOwnOpen] = React.useState(false);
  const [failure, setFailure] = React.useState<ConfirmFailure | null>(null);
  const [announcement, setAnnouncement] = React.useState("");
  const [pending, startTransition] = React.useTransition();
  const open = controlledOpen ?? ownOpen;

  function setOpen(next: boolean) {
    if (!next) setFailure(null);
    setOwnOpen(next);
    onOpenChange?.(next);
  }

  function confirm() {
    // aria-disabled rather than disabled while pending: a disabled button would drop the focus.
    if (pending) return;
    setFailure(null);
    const succeed = () => {
      setOpen(false);
      if (successMessage && shellAnnounce) shellAnnounce(successMessage);
      else if (successMessage) setAnnouncement(successMessage);
      onSuccess?.();
    };
    startTransition(async () => {
      let outcome: ConfirmFailure | null;
      try {
        outcome = confirmFailure(await onConfirm());
      } catch (error) {
        if (isRedirect(error)) succeed();
        unstable_rethrow(error); // Next navigates on its redirect (and handles its other signals)
        outcome = thrownFailure(error, (key) => te.has(key));
      }
      if (outcome) setFailure(outcome);
      else succeed();
    });
  }

  return (
    <>
      <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
        {trigger ? <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger> : null}
        <AlertDialogContent
          onCloseAutoFocus={(event) => {
            const target = returnFocusRef?.current;
            if (!trigger && target?.isConnected) {
              event.preventDefault();
              target.focus();
            }
          }}
        >
          <AlertDialogHeader>
            <AlertDialogTitle>{title}</AlertDialogTitle>
            <AlertDialogDescription>{description}</AlertDialogDescription>
          </AlertDialogHeader>
          <p role="alert" className="text-sm font-medium text-destructive empty:hidden">
            {failure ? errorText(failure.message, { requestId: failure.requestId }) : null}
          </p>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>{tc("cancel")}</AlertDialogCancel>
            <Button
              variant={variant}
              onClick={confirm}
              aria-disabled={pending || undefined}
              aria-busy={pending || undefined}
              data-testid={confirmTestId}
            >
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
      {shellAnnounce ? null : (
        <span role="status" aria-live="polite" className="sr-only">
          {announcement}
        </span>
      )}
    </>
  );
}

export { ConfirmDialog, type ConfirmDialogProps };
