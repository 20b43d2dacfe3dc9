"use client";

import Link from "next/link";
import type { Route } from "next";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { BulkSubscribeDialog } from "@/components/subscriptions/bulk-subscribe-dialog";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { Table, TableBody, TableCell, TableColumns, TableHead, TableRow } from "@/components/ui/table";
import type { ContactRow } from "@/lib/contacts/queries";
import { localeLabels } from "@/lib/i18n/locales";
import type { CatalogCategoryView } from "@/lib/subscriptions/catalog-view";
import { hourLabel } from "@/lib/subscriptions/hours";

interface Props {
  rows: ContactRow[];
  catalog: CatalogCategoryView[];
  /** Administrators select rows and change their subscriptions in bulk. */
  canEdit: boolean;
}

export function ContactsTable({ rows, catalog, canEdit }: Props) {
  const t = useTranslations("subscriptions.contacts");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <div className="grid gap-3">
      {canEdit ? (
        <div className="flex flex-wrap items-center gap-3">
          <BulkSubscribeDialog
            recipients={{ kind: "contact", ids: [...selected] }}
            catalog={catalog}
            disabled={selected.size === 0}
          />
          <p aria-live="polite" className="text-sm text-muted-foreground tabular-nums">
            {selected.size > 0 ? t("selected", { count: selected.size }) : null}
          </p>
        </div>
      ) : null}
      <Table framed data-testid="contacts-table">
        <TableColumns
          columns={[
            canEdit && (
              <TableHead className="w-10 pl-4">
                <Checkbox
                  checked={allSelected}
                  aria-label={t("selectAll")}
                  onCheckedChange={(checked) =>
                    setSelected(checked === true ? new Set(rows.map((row) => row.id)) : new Set())
                  }
                />
              </TableHead>
            ),
            { label: t("columns.name"), className: canEdit ? undefined : "pl-4" },
            { label: t("columns.language"), className: "hidden md:table-cell" },
            { label: t("columns.timeZone"), className: "hidden lg:table-cell" },
            { label: t("columns.digest"), className: "hidden md:table-cell" },
            { label: t("columns.subscriptions"), className: "text-right" },
            { label: t("columns.status") },
          ]}
        />
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-state={selected.has(row.id) ? "selected" : undefined}>
              {canEdit ? (
                <TableCell className="pl-4">
                  <Checkbox
                    checked={selected.has(row.id)}
                    aria-label={t("select", { name: row.name })}
                    onCheckedChange={(checked) => toggle(row.id, checked === true)}
                  />
                </TableCell>
              ) : null}
              <TableCell className={canEdit ? undefined : "pl-4"}>
                <Link
                  href={`/contacts/${row.id}` as Route}
                  className="font-medium underline-offset-4 hover:underline"
                >
                  {row.name}
                </Link>
                <p className="text-xs text-muted-foreground">{row.email}</p>
              </TableCell>
              <TableCell className="hidden md:table-cell">{localeLabels[row.locale]}</TableCell>
              <TableCell className="hidden lg:table-cell">{row.timeZone}</TableCell>
              <TableCell className="hidden tabular-nums md:table-cell">{hourLabel(row.digestHour)}</TableCell>
              <TableCell className="text-right tabular-nums">{row.subscriptionCount}</TableCell>
              <TableCell>
                <Badge variant={row.disabled ? "outline" : "success"}>
                  {t(row.disabled ? "status.disabled" : "status.active")}
                </Badge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
