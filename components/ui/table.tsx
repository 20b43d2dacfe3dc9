import * as React from "react";

import { cn } from "@/lib/utils";
import { slotted } from "@/components/ui/slotted";
import { ScrollFrame } from "./scroll-frame";

/**
 * A table in a frame of its own that scrolls sideways when the table is wider than the screen (see
 * ScrollFrame), so a list never widens the page.
 */
function Table({
  className,
  framed = false,
  label,
  ...props
}: React.ComponentProps<"table"> & {
  /** In a bordered card of its own (a list page's table); unframed inside a `Card` or `TableCard`. */
  framed?: boolean;
  /** What the table lists, naming its frame while it scrolls (defaults to a generic name). */
  label?: string;
}) {
  return (
    <ScrollFrame
      data-slot="table-container"
      label={label}
      className={cn("relative", framed && "rounded-lg border bg-card")}
    >
      <table data-slot="table" className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </ScrollFrame>
  );
}

const TableHeader = slotted("thead", "table-header", "[&_tr]:border-b");

const TableBody = slotted("tbody", "table-body", "[&_tr:last-child]:border-0");

const TableRow = slotted(
  "tr",
  "table-row",
  "border-b transition-colors hover:bg-muted/50 data-[state=selected]:bg-muted",
);

function TableHead({ className, scope = "col", ...props }: React.ComponentProps<"th">) {
  return (
    <th
      data-slot="table-head"
      scope={scope}
      className={cn(
        "h-10 px-2 text-left align-middle font-medium whitespace-nowrap text-muted-foreground rtl:text-right [&:has([role=checkbox])]:pr-0",
        className,
      )}
      {...props}
    />
  );
}

const TableCell = slotted("td", "table-cell", "p-2 align-middle [&:has([role=checkbox])]:pr-0");

const TableCaption = slotted("caption", "table-caption", "mt-4 text-sm text-muted-foreground");

type TableColumn = {
  label: React.ReactNode;
  className?: string;
  /** The label is for screen readers only (e.g. the actions column). */
  srOnly?: boolean;
};

/**
 * The header row from column definitions. `false`/`null` entries are skipped (columns some viewers do
 * not get); elements (e.g. a sortable header) are rendered as given.
 */
function TableColumns({
  columns,
}: {
  columns: ReadonlyArray<TableColumn | React.ReactElement | false | null | undefined>;
}) {
  return (
    <TableHeader>
      <TableRow className="hover:bg-transparent">
        {columns.map((column, index) =>
          !column ? null : React.isValidElement(column) ? (
            <React.Fragment key={index}>{column}</React.Fragment>
          ) : (
            <TableHead key={index} className={column.className}>
              {column.srOnly ? <span className="sr-only">{column.label}</span> : column.label}
            </TableHead>
          ),
        )}
      </TableRow>
    </TableHeader>
  );
}

export {
  Table,
  TableHeader,
  TableBody,
  TableRow,
  TableHead,
  TableCell,
  TableCaption,
  TableColumns,
  type TableColumn,
};
