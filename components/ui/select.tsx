import * as React from "react";
import { ChevronDown } from "lucide-react";

import { cn } from "@/lib/utils";

// Classes that size or place the box (width, flex and grid sizing, with any variant prefix).
const layoutClass = /^(?:[^:]+:)*!?(?:w-|min-w-|max-w-|basis-|flex-|grow|shrink|self-|col-span-|order-)/;

/**
 * A styled native `<select>`: keyboard, screen-reader and mobile behaviour come from the browser,
 * and it works in plain server-rendered forms. Put `<option>`s inside as usual. Sizing classes in
 * `className` (`w-40`, `sm:w-72`, `flex-1`…) size the wrapper and the select fills it, so the chevron
 * stays inside the box whatever its width; the other classes style the select.
 */
function NativeSelect({ className, ...props }: React.ComponentProps<"select">) {
  const classes = className?.split(/\s+/).filter(Boolean) ?? [];
  const layout = classes.filter((name) => layoutClass.test(name));
  const style = classes.filter((name) => !layoutClass.test(name));
  return (
    <div
      data-slot="native-select-wrapper"
      className={cn("relative w-full has-[select:disabled]:opacity-50", layout)}
    >
      <select
        data-slot="native-select"
        className={cn(
          "h-9 w-full min-w-0 appearance-none rounded-md border border-input bg-background py-1 pr-9 pl-3 text-base text-foreground shadow-xs transition-colors md:text-sm",
          "focus-visible:border-ring disabled:cursor-not-allowed",
          "aria-invalid:border-destructive aria-invalid:focus-visible:outline-destructive",
          "[&>option]:bg-popover [&>option]:text-popover-foreground",
          style,
        )}
        {...props}
      />
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}

function NativeSelectOption(props: React.ComponentProps<"option">) {
  return <option data-slot="native-select-option" {...props} />;
}

export { NativeSelect, NativeSelectOption };
