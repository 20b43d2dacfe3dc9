"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { useErrorText } from "@/lib/i18n/use-error-text";
import { AuditDiff } from "./audit-diff";
import { useAuditEntry } from "./use-audit-entry";

/** One entry in full, fetched when its dialog opens: who, what, from where, and its before/after as a diff. */
export default function AuditEntryBody({ id }: { id: string }) {
  const t = useTranslations("audit");
  const tc = useTranslations("common");
  const format = useFormatter();
  const errorText = useErrorText();
  const { data: entry, error } = useAuditEntry(id);

  if (error) {
    return (
      <Alert variant="destructive">
        <AlertDescription>{errorText(error.message)}</AlertDescription>
      </Alert>
    );
  }
  if (!entry) {
    return (
      <p className="text-sm text-muted-foreground" role="status" aria-busy="true">
        {tc("loading")}
      </p>
    );
  }
  const facts: [string, string | null][] = [
    [
      t("detail.when"),
      format.dateTime(new Date(entry.createdAt), { dateStyle: "medium", timeStyle: "medium" }),
    ],
    [t("detail.actor"), entry.actorLabel],
    [t("detail.action"), entry.action],
    [t("detail.target"), [entry.targetType, entry.targetId].filter(Boolean).join(" · ")],
    [t("detail.ip"), entry.ip],
    [t("detail.requestId"), entry.requestId],
  ];
  return (
    <>
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
    </>
  );
}
