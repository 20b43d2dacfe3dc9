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
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { useAnnounce } from "@/components/ui/live-announcer";
import { useErrorText } from "@/lib/i18n/use-error-text";
import type { ConfirmDialogProps } from "./confirm-dialog";
import { confirmFailure, isRedirect, thrownFailure, type ConfirmFailure } from "./confirm-outcome";

type ConfirmDialogContentProps = Omit<
  ConfirmDialogProps,
  "trigger" | "open" | "onOpenChange" | "returnFocusRef" | "afterRemoval"
> & {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The trigger, or `returnFocusRef`: focus goes back there on close (the dialog has no Radix trigger). */
  returnFocus: React.RefObject<HTMLElement | null>;
  /** Takes the focus on close when `returnFocus` is no longer on the page (the action removed it). */
  onReturnFocusGone: () => void;
};

/**
 * ConfirmDialog's dialog: Radix's alert dialog and the confirm-then-act logic, loaded (by
 * confirm-dialog.tsx) when the dialog first opens, or when its trigger is hovered or focused.
 */
export default function ConfirmDialogContent({
  open,
  onOpenChange,
  returnFocus,
  onReturnFocusGone,
  title,
  description,
  confirmLabel,
  pendingLabel,
  successMessage,
  variant = "destructive",
  onConfirm,
  onSuccess,
  confirmTestId,
}: ConfirmDialogContentProps) {
  const tc = useTranslations("common");
  const te = useTranslations("common.errors");
  const errorText = useErrorText();
  const shellAnnounce = useAnnounce();
  const [failure, setFailure] = React.useState<ConfirmFailure | null>(null);
  const [announcement, setAnnouncement] = React.useState("");
  const [pending, startTransition] = React.useTransition();

  function setOpen(next: boolean) {
    if (!next) setFailure(null);
    onOpenChange(next);
  }

  function confirm() {
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
        <AlertDialogContent
          onCloseAutoFocus={(event) => {
            const target = returnFocus.current;
            event.preventDefault();
            // A trigger the action removed (a revoked key's button) cannot take it back: the dialog's
            // `afterRemoval` place does (a neighbour, an empty state), else the page's content.
            if (target?.isConnected) target.focus();
            else onReturnFocusGone();
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
            <Button variant={variant} onClick={confirm} pending={pending} data-testid={confirmTestId}>
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
