import * as React from "react";
import { cva, type VariantProps } from "class-variance-authority";

import { cn } from "@/lib/utils";
import { slotted } from "@/components/ui/slotted";

const alertVariants = cva(
  "relative grid w-full grid-cols-[0_1fr] items-start gap-y-0.5 rounded-lg border px-4 py-3 text-sm has-[>svg]:grid-cols-[calc(var(--spacing)*4)_1fr] has-[>svg]:gap-x-3 [&>svg]:size-4 [&>svg]:translate-y-0.5 [&>svg]:text-current",
  {
    variants: {
      variant: {
        default: "bg-card text-card-foreground",
        destructive:
          "border-destructive/40 bg-destructive/10 text-destructive *:data-[slot=alert-description]:text-foreground/90",
        success:
          "border-success/40 bg-success/10 text-success *:data-[slot=alert-description]:text-foreground/90",
        warning:
          "border-warning/40 bg-warning/10 text-warning *:data-[slot=alert-description]:text-foreground/90",
      },
    },
    defaultVariants: {
      variant: "default",
    },
  },
);

/**
 * Inline message. Only the destructive variant gets `role="alert"` (interrupting announcement);
 * pass `role="status"` yourself for a polite announcement of dynamically shown messages.
 */
function Alert({
  className,
  variant = "default",
  ...props
}: React.ComponentProps<"div"> & VariantProps<typeof alertVariants>) {
  return (
    <div
      data-slot="alert"
      data-variant={variant}
      role={variant === "destructive" ? "alert" : undefined}
      className={cn(alertVariants({ variant }), className)}
      {...props}
    />
  );
}

const AlertTitle = slotted("div", "alert-title", "col-start-2 min-h-4 font-medium tracking-tight");

const AlertDescription = slotted(
  "div",
  "alert-description",
  "col-start-2 grid justify-items-start gap-1 text-sm text-muted-foreground [&_p]:leading-relaxed",
);

export { Alert, AlertTitle, AlertDescription, alertVariants };
