import * as React from "react";

import { cn } from "@/lib/utils";

type Severity = "info" | "low" | "medium" | "high" | "critical";

const severityClasses: Record<Severity, { badge: string; dot: string }> = {
  info: { badge: "border-severity-info/30 bg-severity-info/10 text-severity-info", dot: "bg-severity-info" },
  low: { badge: "border-severity-low/30 bg-severity-low/10 text-severity-low", dot: "bg-severity-low" },
  medium: {
    badge: "border-severity-medium/30 bg-severity-medium/10 text-severity-medium",
    dot: "bg-severity-medium",
  },
  high: { badge: "border-severity-high/30 bg-severity-high/10 text-severity-high", dot: "bg-severity-high" },
  critical: {
    badge: "border-severity-critical/40 bg-severity-critical/10 text-severity-critical font-semibold",
    dot: "bg-severity-critical",
  },
};

type SeverityBadgeProps = Omit<React.ComponentProps<"span">, "children"> & {
  severity: Severity;
  /** Already-translated label, e.g. t("severity.high"). The colour is never the only cue. */
  label: string;
};

function SeverityBadge({ severity, label, className, ...props }: SeverityBadgeProps) {
  const classes = severityClasses[severity];
  return (
    <span
      data-slot="severity-badge"
      data-severity={severity}
      className={cn(
        "inline-flex w-fit shrink-0 items-center gap-1.5 rounded-md border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
        classes.badge,
        className,
      )}
      {...props}
    >
      <span aria-hidden="true" className={cn("size-1.5 shrink-0 rounded-full", classes.dot)} />
      {label}
    </span>
  );
}

export { SeverityBadge, type Severity, type SeverityBadgeProps };
