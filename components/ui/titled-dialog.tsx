"use client";

import * as React from "react";
import { useTranslations } from "next-intl";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";

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

/**
 * A dialog opened by a trigger, with its title and description (which name and describe it for
 * screen readers) above the content, and the translated corner close button. Confirmations use
 * `ConfirmDialog` instead.
 */
function TitledDialog({
  trigger,
  title,
  description,
  descriptionClassName,
  open,
  onOpenChange,
  className,
  children,
}: TitledDialogProps) {
  const tc = useTranslations("common");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent closeLabel={tc("close")} className={className}>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription className={descriptionClassName}>{description}</DialogDescription>
        </DialogHeader>
        {children}
      </DialogContent>
    </Dialog>
  );
}

export { TitledDialog, type TitledDialogProps };
