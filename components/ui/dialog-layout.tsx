import { slotted } from "@/components/ui/slotted";

// A dialog's header and footer are plain boxes: forms shown inside a dialog import them from here, so
// that they do not import Radix's dialog with them (dialog.tsx re-exports both).

const DialogHeader = slotted("div", "dialog-header", "flex flex-col gap-2 pr-8 text-center sm:text-left");

const DialogFooter = slotted(
  "div",
  "dialog-footer",
  "flex flex-col-reverse gap-2 sm:flex-row sm:justify-end",
);

export { DialogFooter, DialogHeader };
