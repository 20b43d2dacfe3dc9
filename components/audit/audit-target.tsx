import type { Route } from "next";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { AuditTarget as Target } from "@/lib/audit/targets";
import { ptBR as catalogPtBR } from "@/lib/catalog/translations/pt-BR";

/** A target named by a notification type reads in the reader's language (the database holds English). */
function targetName(target: Extract<Target, { state: "found" }>, locale: string) {
  if (locale === "pt-BR" && target.typeKey) return catalogPtBR.types[target.typeKey]?.name ?? target.name;
  return target.name;
}

/**
 * An audit entry's target: its type, then its current name linked to its page (the id below it), or the recorded id
 * marked "(deleted)" when the row is gone, or the recorded id alone for types Herald cannot look up.
 */
export function AuditTarget({
  targetType,
  targetId,
  target,
}: {
  targetType: string;
  targetId: string | null;
  target?: Target;
}) {
  const t = useTranslations("audit.target");
  const locale = useLocale();
  const id = targetId ? (
    <code className="font-mono text-xs break-all" title={targetId}>
      {targetId}
    </code>
  ) : null;
  let shown = id;
  if (target?.state === "found") {
    const name = targetName(target, locale);
    // The name leads; the recorded id stays below (one line, whole in its title) for filtering and copying.
    shown = (
      <>
        {target.href ? (
          <Link href={target.href as Route} className="font-medium underline-offset-4 hover:underline">
            {name}
          </Link>
        ) : (
          <span className="font-medium">{name}</span>
        )}
        <code
          className="block truncate font-mono text-xs text-muted-foreground"
          title={targetId ?? undefined}
        >
          {targetId}
        </code>
      </>
    );
  } else if (target?.state === "deleted") {
    shown = (
      <>
        {id} <span className="text-muted-foreground">{t("deleted")}</span>
      </>
    );
  }
  return (
    <span className="grid gap-0.5" data-testid="audit-target">
      <span className="text-xs text-muted-foreground">{targetType}</span>
      {shown ? <span className="min-w-0">{shown}</span> : null}
    </span>
  );
}
