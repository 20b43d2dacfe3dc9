"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { diffValues, displayValue, type DiffKind, type DiffRow } from "./diff";

const kindStyle: Record<DiffKind, { badge: "success" | "destructive" | "warning" | "outline"; row: string }> =
  {
    added: { badge: "success", row: "bg-success/5" },
    removed: { badge: "destructive", row: "bg-destructive/5" },
    changed: { badge: "warning", row: "bg-warning/5" },
    unchanged: { badge: "outline", row: "" },
  };

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = useTranslations("audit.detail");
  const [showUnchanged, setShowUnchanged] = useState(false);
  const rows = diffValues(before, after);
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">{t("noChanges")}</p>;
  const unchanged = rows.filter((row) => row.kind === "unchanged").length;
  const visible = showUnchanged ? rows : rows.filter((row) => row.kind !== "unchanged");

  return (
    <div className="grid gap-2">
      <div className="rounded-md border">
        <Table>
          <TableColumns columns={[{ label: t("field") }, { label: t("before") }, { label: t("after") }]} />
          <TableBody>
            {visible.map((row) => (
              <DiffLine key={row.path} row={row} />
            ))}
          </TableBody>
        </Table>
      </div>
      {unchanged > 0 ? (
        <div>
          <Button
            variant="link"
            size="sm"
            className="px-0"
            aria-expanded={showUnchanged}
            onClick={() => setShowUnchanged((value) => !value)}
          >
            {showUnchanged ? t("hideUnchanged") : t("showUnchanged", { count: unchanged })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function DiffLine({ row }: { row: DiffRow }) {
  const t = useTranslations("audit.detail");
  const style = kindStyle[row.kind];
  const cell = (present: boolean, value: unknown, strike: boolean) =>
    present ? (
      <code
        className={cn(
          "font-mono text-xs break-all whitespace-pre-wrap",
          strike && "text-muted-foreground line-through",
        )}
      >
        {displayValue(value)}
      </code>
    ) : (
      <span className="text-xs text-muted-foreground">{t("absent")}</span>
    );
  return (
    <TableRow className={style.row}>
      <TableCell className="align-top">
        <div className="flex flex-col items-start gap-1">
          <code className="font-mono text-xs font-medium">{row.path || "—"}</code>
          <Badge variant={style.badge} className="text-[0.65rem]">
            {t(row.kind)}
          </Badge>
        </div>
      </TableCell>
      <TableCell className="max-w-64 align-top">
        {cell(row.kind !== "added", row.before, row.kind === "changed" || row.kind === "removed")}
      </TableCell>
      <TableCell className="max-w-64 align-top">{cell(row.kind !== "removed", row.after, false)}</TableCell>
    </TableRow>
  );
}
