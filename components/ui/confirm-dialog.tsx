"use client";

import * as React from "react";
import type { ConfirmResult } from "./confirm-outcome";
import { LazyDialogTrigger } from "./lazy-dialog-trigger";

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

// Most visits never confirm anything: the dialog (Radix's alert dialog, its focus trap and scroll lock)
// loads when the trigger is hovered or focused, or when the dialog first opens.
const loadContent = () => import("./confirm-dialog-content");
const ConfirmDialogContent = React.lazy(loadContent);
const preload = () => void loadContent();

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
  ...content
}: ConfirmDialogProps) {
  const [ownOpen, setOwnOpen] = React.useState(false);
  const open = controlledOpen ?? ownOpen;
  const [used, setUsed] = React.useState(open);
  if (open && !used) setUsed(true);
  const triggerRef = React.useRef<HTMLElement | null>(null);

  function setOpen(next: boolean) {
    setOwnOpen(next);
    onOpenChange?.(next);
  }

  return (
    <>
      {trigger ? (
        <LazyDialogTrigger
          trigger={trigger}
          open={open}
          onOpen={() => setOpen(true)}
          preload={preload}
          triggerRef={triggerRef}
        />
      ) : null}
      {used ? (
        <React.Suspense fallback={null}>
          <ConfirmDialogContent
            {...content}
            open={open}
            onOpenChange={setOpen}
            returnFocus={trigger || !returnFocusRef ? triggerRef : returnFocusRef}
          />
        </React.Suspense>
      ) : null}
    </>
  );
}

export { ConfirmDialog, type ConfirmDialogProps };
