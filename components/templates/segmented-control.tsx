"use client";

import { useId } from "react";
import { cn } from "@/lib/utils";

interface Option<T extends string> {
  value: T;
  label: string;
  icon?: React.ReactNode;
}

interface SegmentedControlProps<T extends string> {
  legend: string;
  value: T;
  options: Option<T>[];
  onChange: (value: T) => void;
  testId?: string;
}

/** A small set of exclusive choices as native radios (arrow keys move between them) styled as buttons. */
export function SegmentedControl<T extends string>({
  legend,
  value,
  options,
  onChange,
  testId,
}: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <fieldset className="flex items-center gap-2" data-testid={testId}>
      <legend className="sr-only">{legend}</legend>
      <span aria-hidden className="text-xs font-medium text-muted-foreground">
        {legend}
      </span>
      <div className="inline-flex rounded-md border bg-muted/40 p-0.5">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "inline-flex cursor-pointer items-center gap-1.5 rounded-[5px] px-2.5 py-1 text-xs font-medium text-muted-foreground transition-colors select-none hover:text-foreground",
              "has-[:checked]:bg-background has-[:checked]:text-foreground has-[:checked]:shadow-sm",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-ring",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="sr-only"
            />
            {option.icon}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
