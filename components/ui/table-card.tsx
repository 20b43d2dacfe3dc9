import * as React from "react";

import { Card } from "@/components/ui/card";

type TableCardProps = {
  /** What the table holds ("12 keys · 9 active"), announced when it changes. */
  summary: React.ReactNode;
  /** A note at the other end of the summary line (e.g. the time zone of the times shown). */
  note?: React.ReactNode;
  children: React.ReactNode;
};

/** A table in a card under a one-line summary: the layout of the API keys and audit log tables. */
function TableCard({ summary, note, children }: TableCardProps) {
  return (
    <Card data-slot="table-card" className="gap-0 py-0">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b px-4 py-3 text-sm text-muted-foreground">
        <p aria-live="polite">{summary}</p>
        {note ? <p>{note}</p> : null}
      </div>
      <div className="px-2">{children}</div>
    </Card>
  );
}

export { TableCard, type TableCardProps };
