import { UsersRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { GroupName } from "@/components/groups/group-name";
import { SectionCard } from "@/components/ui/section-card";
import type { UserDetail } from "@/lib/users/queries";

/** The groups a user belongs to, each linking to its page. */
export async function UserGroups({ memberships }: { memberships: UserDetail["memberships"] }) {
  const t = await getTranslations("users.detail");
  return (
    <SectionCard title={t("groups")} description={t("groupsDescription")} className="gap-6">
      {memberships.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noGroups")}</p>
      ) : (
        <ul className="grid gap-2">
          {memberships.map(({ group }) => (
            <li key={group.id} className="flex items-start gap-2">
              <UsersRound aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
              <GroupName
                group={group}
                className="min-w-0"
                linkClassName="text-sm font-medium hover:underline"
              />
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
