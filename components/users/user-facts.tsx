import { getFormatter, getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/ui/section-card";
import { localeLabels, toAppLocale } from "@/lib/i18n/locales";
import type { UserDetail } from "@/lib/users/queries";
import { RoleBadge, UserStatusBadge } from "./user-badges";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[10rem_1fr] sm:gap-4">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-sm break-words">{children}</dd>
    </div>
  );
}

/** The user's profile facts, as a definition list. */
export async function UserFacts({ user }: { user: UserDetail }) {
  const t = await getTranslations("users.detail");
  const format = await getFormatter();
  const when = (date: Date) => (
    <time dateTime={date.toISOString()}>
      {format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
  return (
    <SectionCard title={t("profile")} className="gap-6">
      <dl className="grid gap-3">
        <Fact label={t("email")}>{user.email}</Fact>
        <Fact label={t("role")}>
          <RoleBadge role={user.role} />
        </Fact>
        <Fact label={t("status")}>
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
        </Fact>
        <Fact label={t("language")}>{localeLabels[toAppLocale(user.locale)]}</Fact>
        <Fact label={t("timeZone")}>{user.timeZone}</Fact>
        <Fact label={t("digestHour")}>
          {t("digestAt", { hour: String(user.digestHour).padStart(2, "0") })}
        </Fact>
        <Fact label={t("created")}>{when(user.createdAt)}</Fact>
        <Fact label={t("updated")}>{when(user.updatedAt)}</Fact>
      </dl>
    </SectionCard>
  );
}
