import type { Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { TableCell, TableRow } from "@/components/ui/table";
import type { NotificationTypeDefinition } from "@/lib/catalog/types";
import { MandatoryLock } from "./mandatory-lock";

interface TypeRowProps {
  type: NotificationTypeDefinition;
  /** The category's name, for the flat (search) layout; omitted when rows are grouped by category. */
  categoryName?: string;
}

/** One notification type in the catalog table. */
export async function TypeRow({ type, categoryName }: TypeRowProps) {
  const t = await getTranslations();
  return (
    <TableRow data-testid="catalog-type-row" data-type-key={type.key}>
      <TableCell className="max-w-xl min-w-44 px-3 py-2.5 whitespace-normal sm:min-w-56">
        <Link href={`/catalog/${type.key}` as Route} className="font-medium hover:underline">
          {type.name}
        </Link>
        <p className="mt-0.5 line-clamp-2 text-xs text-muted-foreground">{type.description}</p>
        <code className="mt-1 block font-mono text-xs break-all text-muted-foreground md:hidden">
          {type.key}
        </code>
      </TableCell>
      <TableCell className="hidden md:table-cell">
        <code className="font-mono text-xs">{type.key}</code>
      </TableCell>
      <TableCell>
        <SeverityBadge severity={type.severity} label={t(`common.severity.${type.severity}`)} />
      </TableCell>
      <TableCell className="hidden whitespace-nowrap text-muted-foreground lg:table-cell">
        {t(`common.kind.${type.kind}`)}
      </TableCell>
      {categoryName === undefined ? null : (
        <TableCell className="hidden text-muted-foreground xl:table-cell">{categoryName}</TableCell>
      )}
      <TableCell className="pr-3 text-center">
        {type.mandatory ? (
          <MandatoryLock context="catalog" />
        ) : (
          <span className="sr-only">{t("catalog.mandatory.optional")}</span>
        )}
      </TableCell>
    </TableRow>
  );
}
