import { getFormatter, getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { FactRow } from "@/components/ui/fact-row";
import { SectionCard } from "@/components/ui/section-card";
import { localeLabels, toAppLocale } from "@/lib/i18n/locales";
import type { UserDetail } from "@/lib/users/queries";
import { RoleBadge, UserStatusBadge } from "./user-badges";

/** The user's profile facts, as a definition list. */
export async function UserFacts({ user }: { user: UserDetail }) {
  const t = await getTranslations("users.detail");
  const format = await getFormatter();
  const when = (date: Date) => <DateTime date={date} dateStyle="medium" timeStyle="short" />;
  return (
    <SectionCard title={t("profile")} className="gap-6">
      <dl className="grid gap-3">
        <FactRow labelWidth="10rem" label={t("email")}>
          {user.email}
        </FactRow>
        <FactRow labelWidth="10rem" label={t("role")}>
          <RoleBadge role={user.role} />
        </FactRow>
        <FactRow labelWidth="10rem" label={t("status")}>
          <span className="inline-flex flex-wrap items-center gap-2">
            <UserStatusBadge disabled={Boolean(user.disabledAt)} />
            {user.disabledAt ? (
              <span className="text-muted-foreground">
                {t("disabledSince", {
                  date: format.dateTime(user.disabledAt, { dateStyle: "medium", timeStyle: "short" }),
                })}
              </span>
            ) : null}
          </span>
        </FactRow>
        <FactRow labelWidth="10rem" label={t("language")}>
          {localeLabels[toAppLocale(user.locale)]}
        </FactRow>
        <FactRow labelWidth="10rem" label={t("timeZone")}>
          {user.timeZone}
        </FactRow>
        <FactRow labelWidth="10rem" label={t("digestHour")}>
          {t("digestAt", { hour: String(user.digestHour).padStart(2, "0") })}
        </FactRow>
        <FactRow labelWidth="10rem" label={t("created")}>
          {when(user.createdAt)}
        </FactRow>
        <FactRow labelWidth="10rem" label={t("updated")}>
          {when(user.updatedAt)}
        </FactRow>
      </dl>
    </SectionCard>
  );
}
