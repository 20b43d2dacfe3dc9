"use client";

import * as React from "react";
import type { ConfirmResult } from "./confirm-outcome";
import { focusMainContent, planFocusAfterRemoval, type RemovalFocus } from "./focus-after-removal";
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
  /**
   * For an action that takes the trigger off the page (a revoked key's button, a removed member's row):
   * where the focus goes once it has left, instead of the trigger. Without it, the page's content.
   */
  afterRemoval?: RemovalFocus;
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
 * on success it closes (focus back on the trigger, or where `afterRemoval` says when the action took
 * the trigger away) and `successMessage` is announced.
 */
function ConfirmDialog({
  trigger,
  open: controlledOpen,
  onOpenChange,
  returnFocusRef,
  afterRemoval,
  ...content
}: ConfirmDialogProps) {
  const [ownOpen, setOwnOpen] = React.useState(false);
  const open = controlledOpen ?? ownOpen;
  const [used, setUsed] = React.useState(open);
  if (open && !used) setUsed(true);
  const triggerRef = React.useRef<HTMLElement | null>(null);
  // Where the focus goes when the trigger is gone: planned when the dialog opens, the trigger and its
  // neighbours still on the page, and used once the action's re-render has taken it away.
  const focusInstead = React.useRef(focusMainContent);
  const onTriggerGone = React.useCallback(() => focusInstead.current(), []);

  function setOpen(next: boolean) {
    if (next && afterRemoval && triggerRef.current) {
      focusInstead.current = planFocusAfterRemoval(triggerRef.current, afterRemoval);
    }
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
          onRemovedWithFocus={onTriggerGone}
        />
      ) : null}
      {used ? (
        <React.Suspense fallback={null}>
          <ConfirmDialogContent
            {...content}
            open={open}
            onOpenChange={setOpen}
            returnFocus={trigger || !returnFocusRef ? triggerRef : returnFocusRef}
            onReturnFocusGone={onTriggerGone}
          />
        </React.Suspense>
      ) : null}
    </>
  );
}

export { ConfirmDialog, type ConfirmDialogProps };
