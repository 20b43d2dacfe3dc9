"use client";

import * as React from "react";
import { LazyDialogTrigger } from "./lazy-dialog-trigger";

type TitledDialogProps = {
  /** The button that opens the dialog; focus returns to it on close. */
  trigger: React.ReactElement;
  title: React.ReactNode;
  description: React.ReactNode;
  descriptionClassName?: string;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Width and the like of the dialog box. */
  className?: string;
  children: React.ReactNode;
};

// The dialog (Radix's, its focus trap and scroll lock) loads when the trigger is hovered or focused, or
// when the dialog first opens, not with the page.
const loadContent = () => import("./titled-dialog-content");
const TitledDialogContent = React.lazy(loadContent);
const preload = () => void loadContent();

/**
 * A dialog opened by a trigger, with its title and description (which name and describe it for
 * screen readers) above the content, and the translated corner close button. Confirmations use
 * `ConfirmDialog` instead.
 */
function TitledDialog({ trigger, open: controlledOpen, onOpenChange, ...content }: TitledDialogProps) {
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
      <LazyDialogTrigger
        trigger={trigger}
        open={open}
        onOpen={() => setOpen(true)}
        preload={preload}
        triggerRef={triggerRef}
      />
      {used ? (
        <React.Suspense fallback={null}>
          <TitledDialogContent {...content} open={open} onOpenChange={setOpen} returnFocus={triggerRef} />
        </React.Suspense>
      ) : null}
    </>
  );
}

export { TitledDialog, type TitledDialogProps };
