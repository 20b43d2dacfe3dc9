"use client";

import * as React from "react";
import { useTranslations } from "next-intl";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { TitledDialogProps } from "./titled-dialog";

type TitledDialogContentProps = Omit<TitledDialogProps, "trigger" | "open" | "onOpenChange"> & {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The trigger: focus goes back there on close (the dialog has no Radix trigger). */
  returnFocus: React.RefObject<HTMLElement | null>;
};

/** TitledDialog's dialog (Radix's), loaded by titled-dialog.tsx when it first opens or its trigger is hovered or focused. */
export default function TitledDialogContent({
  open,
  onOpenChange,
  returnFocus,
  title,
  description,
  descriptionClassName,
  className,
  children,
}: TitledDialogContentProps) {
  const tc = useTranslations("common");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        closeLabel={tc("close")}
        className={className}
        onCloseAutoFocus={(event) => {
          const target = returnFocus.current;
          if (target?.isConnected) {
            event.preventDefault();
            target.focus();
          }
        }}
      >
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription className={descriptionClassName}>{description}</DialogDescription>
        </DialogHeader>
        {children}
      </DialogContent>
    </Dialog>
  );
}
