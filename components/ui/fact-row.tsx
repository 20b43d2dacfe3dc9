import type { ReactNode } from "react";

// Whole class names, so Tailwind sees them.
const ROW = {
  "10rem": "grid gap-1 sm:grid-cols-[10rem_1fr] sm:gap-4",
  "11rem": "grid gap-1 sm:grid-cols-[11rem_1fr] sm:gap-4",
} as const;

/** One labelled value of a `<dl>`: the label beside the value from `sm` up, above it below. */
export function FactRow({
  label,
  labelWidth,
  children,
}: {
  label: string;
  labelWidth: keyof typeof ROW;
  children: ReactNode;
}) {
  return (
    <div className={ROW[labelWidth]}>
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-sm break-words">{children}</dd>
    </div>
  );
}
