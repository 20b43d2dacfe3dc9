import type { ReactNode } from "react";

/** One labelled value of a detail page's facts. */
export type Fact = [label: string, value: ReactNode];

// Whole class names, so Tailwind sees them.
const ROW = {
  "9rem": "grid grid-cols-[9rem_minmax(0,1fr)] gap-2",
  "10rem": "grid grid-cols-[10rem_minmax(0,1fr)] gap-2",
} as const;

/** The facts of an event or a delivery as a description list; `children` are further rows. */
export function FactList({
  facts,
  labelWidth,
  testId,
  children,
}: {
  facts: Fact[];
  labelWidth: keyof typeof ROW;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <dl className="grid gap-2 text-sm" data-testid={testId}>
      {facts.map(([label, value]) => (
        <div key={label} className={ROW[labelWidth]}>
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="break-all">{value}</dd>
        </div>
      ))}
      {children}
    </dl>
  );
}
