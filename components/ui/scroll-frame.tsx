"use client";

import * as React from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

/**
 * A frame that scrolls its content sideways when it is wider than the space it has (a table or code on
 * a phone), so the page itself never does. `contain: inline-size` keeps the content's width out of the
 * layout around it: without it, a wide table widens every grid and flex box above it and the whole
 * page scrolls. While the content overflows, the frame is a named region in the tab order, so a
 * keyboard can scroll it (WCAG 2.1.1, axe's scrollable-region-focusable); when it fits, it is a plain
 * box and adds no tab stop.
 */
function ScrollFrame({
  label,
  className,
  children,
  ...props
}: React.ComponentProps<"div"> & {
  /** What the frame holds, for screen readers; defaults to "Scrollable content". */
  label?: string;
}) {
  const t = useTranslations("common");
  const ref = React.useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = React.useState(false);

  React.useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const measure = () => setOverflows(frame.scrollWidth > frame.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    for (const child of frame.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      data-slot="scroll-frame"
      className={cn("w-full overflow-x-auto [contain:inline-size]", className)}
      {...(overflows ? { role: "region", "aria-label": label ?? t("scrollable"), tabIndex: 0 } : {})}
      {...props}
    >
      {children}
    </div>
  );
}

export { ScrollFrame };
