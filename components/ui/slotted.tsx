import * as React from "react";

import { cn } from "@/lib/utils";

/**
 * A styled part of a primitive, as every file here writes them: `Component` rendered with
 * `data-slot={slot}` and the part's classes merged before the caller's `className`, every other prop
 * passed through. Without classes, the caller's props (className included) pass through untouched.
 */
function slotted<C extends React.ElementType>(Component: C, slot: string, ...classes: string[]) {
  const Element: React.ElementType = Component;
  function Slotted(props: React.ComponentProps<C>) {
    if (classes.length === 0) return <Element data-slot={slot} {...props} />;
    const { className, ...rest } = props as { className?: string };
    return <Element data-slot={slot} className={cn(...classes, className)} {...rest} />;
  }
  Slotted.displayName = slot.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
  return Slotted;
}

export { slotted };
