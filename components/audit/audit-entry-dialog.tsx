"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TitledDialog } from "@/components/ui/titled-dialog";
import type { AuditEntry } from "@/lib/audit/queries";
import { AuditDiff } from "./audit-diff";

/** One entry in full: who, what, from where, and its before/after as a diff of changed fields. */
export function AuditEntryDialog({ entry, when }: { entry: AuditEntry; when: string }) {
  const t = useTranslations("audit");
  const facts: [string, string | null][] = [
    [t("detail.when"), when],
    [t("detail.actor"), entry.actorLabel],
    [t("detail.action"), entry.action],
    [t("detail.target"), [entry.targetType, entry.targetId].filter(Boolean).join(" · ")],
    [t("detail.ip"), entry.ip],
    [t("detail.requestId"), entry.requestId],
  ];
  return (
    <TitledDialog
      trigger={
        <Button
          variant="ghost"
          size="sm"
          aria-label={t("showDetailsLabel", { id: entry.id, action: entry.action })}
        >
          {t("showDetails")}
        </Button>
      }
      title={t("detail.title", { id: entry.id })}
      description={entry.action}
      descriptionClassName="font-mono"
      className="sm:max-w-3xl"
    >
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="min-w-0 break-words">
              {value || <span className="text-muted-foreground">{t("detail.unknown")}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby={`audit-changes-${entry.id}`} className="grid gap-2">
        <h3 id={`audit-changes-${entry.id}`} className="text-sm font-semibold">
          {t("detail.changes")}
        </h3>
        <AuditDiff before={entry.before} after={entry.after} />
      </section>
    </TitledDialog>
  );
}
