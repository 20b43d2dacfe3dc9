import { getFormatter, getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/ui/section-card";
import type { UserAuditEntry } from "@/lib/users/queries";
import { DateTime } from "@/components/ui/date-time";

const fieldKeys = ["name", "email", "role", "locale", "timeZone", "quietHours"] as const;

/** The field names an entry changed, from its before/after objects; either quiet time is "quietHours". */
function changedFields(entry: UserAuditEntry): string[] {
  const source = (entry.after ?? entry.before) as Record<string, unknown> | null;
  if (!source || typeof source !== "object" || Array.isArray(source)) return [];
  const quiet = "quietStart" in source || "quietEnd" in source;
  return fieldKeys.filter((key) => (key === "quietHours" ? quiet : key in source));
}

/** The latest audit entries about this user. */
export async function UserActivity({ entries }: { entries: UserAuditEntry[] }) {
  const t = await getTranslations("users");
  const format = await getFormatter();
  const actionLabel = (action: string) => {
    const key = `auditActions.${action.replaceAll(".", "_")}`;
    return t.has(key) ? t(key) : action;
  };
  return (
    <SectionCard title={t("detail.activity")} description={t("detail.activityDescription")} className="gap-6">
      {entries.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("detail.noActivity")}</p>
      ) : (
        <ol className="grid gap-4">
          {entries.map((entry) => {
            const fields = entry.action === "user.update" ? changedFields(entry) : [];
            return (
              <li key={entry.id} className="grid gap-0.5 border-l-2 pl-3">
                <p className="text-sm font-medium">
                  {actionLabel(entry.action)}
                  <span className="ml-2 font-mono text-xs font-normal text-muted-foreground">
                    {entry.action}
                  </span>
                </p>
                {fields.length > 0 ? (
                  <p className="text-sm text-muted-foreground">
                    {t("detail.changedFields", {
                      fields: format.list(fields.map((field) => t(`form.${field}`))),
                    })}
                  </p>
                ) : null}
                <p className="text-xs text-muted-foreground">
                  <DateTime date={entry.createdAt} dateStyle="medium" timeStyle="short" />
                  {" · "}
                  {t("detail.by", { actor: entry.actorLabel })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </SectionCard>
  );
}
