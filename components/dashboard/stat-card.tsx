import type { LucideIcon } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/utils";

/** One figure with its label, an optional note and link. */
export function StatCard({
  icon: Icon,
  label,
  value,
  note,
  href,
  tone = "default",
  testId,
}: {
  icon: LucideIcon;
  label: string;
  value: string;
  note?: string;
  href?: string;
  tone?: "default" | "warning" | "destructive";
  testId?: string;
}) {
  const body = (
    <>
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm text-muted-foreground">{label}</p>
        <Icon
          aria-hidden
          className={cn(
            "size-4 text-muted-foreground",
            tone === "warning" && "text-warning",
            tone === "destructive" && "text-destructive",
          )}
        />
      </div>
      <p className="text-3xl font-semibold tabular-nums" data-testid={testId ? `${testId}-value` : undefined}>
        {value}
      </p>
      {note ? <p className="text-xs text-muted-foreground">{note}</p> : null}
    </>
  );
  return (
    <Card className="gap-1 px-5 py-4" data-testid={testId}>
      {href ? (
        <Link href={href as Route} className="grid gap-1 rounded-md focus-visible:outline-2">
          {body}
        </Link>
      ) : (
        body
      )}
    </Card>
  );
}
