// The pieces of a list page's filter form (audit, history, mailbox, catalog): a control under its
// visible label, a search box, a select whose first option means "any", a from/to date pair, and the
// Apply / Clear buttons. Presentational: server and client forms both use them, uncontrolled
// (defaultValue) or controlled (value + onChange).
import type { Route } from "next";
import Form from "next/form";
import type { ComponentProps, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";
import { cn } from "@/lib/utils";
import { ClearFiltersLink } from "./clear-filters-link";

/** A list's filters as a GET search form on a card: the URL holds them, so a view can be bookmarked. */
export function FilterForm({
  action,
  label,
  className,
  children,
}: {
  /** The list's path. */
  action: string;
  /** The form's accessible name. */
  label: string;
  /** Layout classes (grid or flex and their columns). */
  className: string;
  children: ReactNode;
}) {
  return (
    <Form
      action={action as Route}
      role="search"
      aria-label={label}
      className={cn("gap-3 rounded-xl border bg-card p-4", className)}
    >
      {children}
    </Form>
  );
}

/** A filter control under its visible label (`id` is the control's). */
export function FilterField({
  id,
  label,
  className,
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cn("grid gap-2", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children}
    </div>
  );
}

/** A labelled search box of one filter; `children` follow the input (a datalist, say). */
export function SearchFilter({
  id,
  label,
  className,
  inputClassName,
  children,
  ...input
}: Omit<ComponentProps<"input">, "id" | "type" | "className"> & {
  id: string;
  label: string;
  /** Classes of the field (label and input). */
  className?: string;
  /** Classes of the input itself. */
  inputClassName?: string;
}) {
  return (
    <FilterField id={id} label={label} className={className}>
      <Input id={id} type="search" className={inputClassName} {...input} />
      {children}
    </FilterField>
  );
}

/** Apply (submits the GET form) and Clear (a link to the unfiltered list); `children` follow them. */
export function FilterActions({
  labels,
  clearHref,
  className,
  children,
}: {
  labels: { apply: string; clear: string };
  clearHref: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <div className={className}>
      <Button type="submit">{labels.apply}</Button>
      <ClearFiltersLink href={clearHref}>{labels.clear}</ClearFiltersLink>
      {children}
    </div>
  );
}

export interface FilterOption {
  value: string;
  label: string;
}

type SelectFilterProps = Omit<ComponentProps<"select">, "id" | "children" | "className"> & {
  id: string;
  label: string;
  /** The first option, value "": no filter. */
  anyLabel: string;
  options: readonly FilterOption[];
  /** Classes of the field (label and select). */
  className?: string;
};

/** A labelled select of one filter; its first option (value "") means "any". */
export function SelectFilter({ id, label, anyLabel, options, className, ...select }: SelectFilterProps) {
  return (
    <FilterField id={id} label={label} className={className}>
      <NativeSelect id={id} {...select}>
        <NativeSelectOption value="">{anyLabel}</NativeSelectOption>
        {options.map((option) => (
          <NativeSelectOption key={option.value} value={option.value}>
            {option.label}
          </NativeSelectOption>
        ))}
      </NativeSelect>
    </FilterField>
  );
}

/** "From" and "to" dates side by side (params `from`, `to`), each bounding the other. */
export function DateRangeFilter({
  idPrefix,
  labels,
  from,
  to,
  className,
}: {
  /** Ids are `${idPrefix}-from` and `${idPrefix}-to`. */
  idPrefix: string;
  labels: { from: string; to: string };
  from?: string;
  to?: string;
  className?: string;
}) {
  return (
    <div className={cn("grid grid-cols-2 gap-3", className)}>
      <FilterField id={`${idPrefix}-from`} label={labels.from}>
        <Input id={`${idPrefix}-from`} name="from" type="date" defaultValue={from} max={to} />
      </FilterField>
      <FilterField id={`${idPrefix}-to`} label={labels.to}>
        <Input id={`${idPrefix}-to`} name="to" type="date" defaultValue={to} min={from} />
      </FilterField>
    </div>
  );
}
