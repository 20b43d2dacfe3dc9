"use client";

import type { Route } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { NotificationTypeDefinition } from "@/lib/catalog/types";
import { LOCK_SYMBOL_ID, MandatoryLock } from "./mandatory-lock";

export type TypeRowData = Pick<
  NotificationTypeDefinition,
  "key" | "name" | "description" | "severity" | "kind" | "mandatory"
>;

interface TypeRowProps {
  type: TypeRowData;
  /** The category's name, for the flat (search) layout; omitted when rows are grouped by category. */
  categoryName?: string;
}

/**
 * One notification type in the catalog table. A client component on purpose: a server component's
 * markup travels twice (as HTML and again in the page's RSC payload), and the catalog shows 101 rows;
 * as a client component only these few fields travel in the payload. The row's markup is bare: its
 * cells and badge are styled once for the table (type-rows.module.css), not by classes repeated 101
 * times.
 */
export function TypeRow({ type, categoryName }: TypeRowProps) {
  const t = useTranslations();
  return (
    <tr data-testid="catalog-type-row" data-type-key={type.key}>
      <td>
        <Link href={`/catalog/${type.key}` as Route}>{type.name}</Link>
        <p>{type.description}</p>
        <code>{type.key}</code>
      </td>
      <td>
        <code>{type.key}</code>
      </td>
      <td>
        <span data-severity={type.severity}>{t(`common.severity.${type.severity}`)}</span>
      </td>
      <td>{t(`common.kind.${type.kind}`)}</td>
      {categoryName === undefined ? null : <td data-category>{categoryName}</td>}
      <td>
        {type.mandatory ? (
          <MandatoryLock context="catalog" iconHref={`#${LOCK_SYMBOL_ID}`} />
        ) : (
          <span className="sr-only">{t("catalog.mandatory.optional")}</span>
        )}
      </td>
    </tr>
  );
}
