import * as React from "react";

import { cn } from "@/lib/utils";
import { slotted } from "@/components/ui/slotted";

const Card = slotted(
  "div",
  "card",
  "flex flex-col gap-6 rounded-xl border bg-card py-6 text-card-foreground shadow-sm",
);

const CardHeader = slotted("div", "card-header", "grid auto-rows-min items-start gap-1.5 px-6");

/** Renders an `<h3>` by default; pass `as` to match the page's heading outline. */
function CardTitle({
  className,
  as: Comp = "h3",
  ...props
}: React.ComponentProps<"h3"> & { as?: "h2" | "h3" | "h4" | "div" }) {
  return (
    <Comp
      data-slot="card-title"
      className={cn("leading-none font-semibold tracking-tight", className)}
      {...props}
    />
  );
}

function CardDescription({ className, ...props }: React.ComponentProps<"p">) {
  return (
    <p data-slot="card-description" className={cn("text-sm text-muted-foreground", className)} {...props} />
  );
}

const CardContent = slotted("div", "card-content", "px-6");

const CardFooter = slotted("div", "card-footer", "flex items-center gap-2 px-6");

export { Card, CardHeader, CardTitle, CardDescription, CardContent, CardFooter };
