import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
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
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
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
      </CardContent>
    </Card>
  );
}
