import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import type { Route } from "next";
import { TableHead } from "@/components/ui/table";

interface Props {
  label: string;
  /** Accessible name of the link, e.g. "Sort by name". */
  sortLabel: string;
  active: boolean;
  direction: "asc" | "desc";
  href: string;
  className?: string;
}

/** A column header that sorts the server-rendered list through its URL. */
export function SortHeader({ label, sortLabel, active, direction, href, className }: Props) {
  const Icon = !active ? ArrowUpDown : direction === "asc" ? ArrowUp : ArrowDown;
  return (
    <TableHead
      aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined}
      className={className}
    >
      <Link
        href={href as Route}
        scroll={false}
        aria-label={sortLabel}
        className="-mx-2 inline-flex items-center gap-1 rounded px-2 py-1 hover:bg-accent hover:text-accent-foreground"
      >
        {label}
        <Icon aria-hidden className={active ? "size-3.5" : "size-3.5 opacity-50"} />
      </Link>
    </TableHead>
  );
}
