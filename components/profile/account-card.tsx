import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/ui/section-card";
import { RoleBadge } from "@/components/users/user-badges";
import type { Role } from "@/generated/prisma/enums";

interface Props {
  name: string;
  email: string;
  role: Role;
}

/** Who the viewer is; only an administrator can change these. */
export async function AccountCard({ name, email, role }: Props) {
  const t = await getTranslations("me.account");
  return (
    <SectionCard title={t("title")} description={t("description")} className="gap-6">
      <dl className="grid gap-3 text-sm">
        <div className="grid gap-1 sm:grid-cols-[8rem_1fr] sm:gap-4">
          <dt className="text-muted-foreground">{t("name")}</dt>
          <dd className="break-words">{name}</dd>
        </div>
        <div className="grid gap-1 sm:grid-cols-[8rem_1fr] sm:gap-4">
          <dt className="text-muted-foreground">{t("email")}</dt>
          <dd className="break-words" data-testid="profile-email">
            {email}
          </dd>
        </div>
        <div className="grid gap-1 sm:grid-cols-[8rem_1fr] sm:gap-4">
          <dt className="text-muted-foreground">{t("role")}</dt>
          <dd>
            <RoleBadge role={role} />
          </dd>
        </div>
      </dl>
    </SectionCard>
  );
}
