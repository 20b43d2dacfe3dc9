"use client";

import type { Route } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SeverityBadge } from "@/components/ui/severity-badge";
import type { NotificationTypeDefinition } from "@/lib/catalog/types";
import { MandatoryLock } from "./mandatory-lock";

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
 * as a client component only these few fields travel in the payload. Plain cells with short classes
 * (no table primitives): the row is repeated 101 times.
 */
export function TypeRow({ type, categoryName }: TypeRowProps) {
  const t = useTranslations();
  return (
    <tr
      className="border-b transition-colors hover:bg-muted/50"
      data-testid="catalog-type-row"
      data-type-key={type.key}
    >
      <td className="max-w-xl min-w-44 px-3 py-2.5 whitespace-normal sm:min-w-56">
        <Link href={`/catalog/${type.key}` as Route} className="font-medium hover:underline">
          {type.name}
        </Link>
        <p className="mt-0.5 line-clamp-2 text-xs text-muted-foreground">{type.description}</p>
        <code className="mt-1 block text-xs break-all text-muted-foreground md:hidden">{type.key}</code>
      </td>
      <td className="hidden p-2 md:table-cell">
        <code className="text-xs">{type.key}</code>
      </td>
      <td className="p-2">
        <SeverityBadge severity={type.severity} label={t(`common.severity.${type.severity}`)} />
      </td>
      <td className="hidden p-2 whitespace-nowrap text-muted-foreground lg:table-cell">
        {t(`common.kind.${type.kind}`)}
      </td>
      {categoryName === undefined ? null : (
        <td className="hidden p-2 text-muted-foreground xl:table-cell">{categoryName}</td>
      )}
      <td className="p-2 pr-3 text-center">
        {type.mandatory ? (
          <MandatoryLock context="catalog" />
        ) : (
          <span className="sr-only">{t("catalog.mandatory.optional")}</span>
        )}
      </td>
    </tr>
  );
}
