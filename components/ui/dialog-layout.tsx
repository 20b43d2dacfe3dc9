import * as React from "react";

import { cn } from "@/lib/utils";

// A dialog's header and footer are plain boxes: forms shown inside a dialog import them from here, so
// that they do not import Radix's dialog with them (dialog.tsx re-exports both).

function DialogHeader({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="dialog-header"
      className={cn("flex flex-col gap-2 pr-8 text-center sm:text-left", className)}
      {...props}
    />
  );
}

function DialogFooter({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="dialog-footer"
      className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)}
      {...props}
    />
  );
}

export { DialogFooter, DialogHeader };
