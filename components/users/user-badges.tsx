import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { Role } from "@/generated/prisma/enums";

// Colour is never the only cue: each badge says its value in words.

export function RoleBadge({ role }: { role: Role }) {
  const t = useTranslations("common.roles");
  const variant = role === "ADMIN" ? "default" : role === "AUDITOR" ? "secondary" : "outline";
  return <Badge variant={variant}>{t(role)}</Badge>;
}

export function UserStatusBadge({ disabled }: { disabled: boolean }) {
  const t = useTranslations("users.status");
  return disabled ? (
    <Badge variant="outline" className="border-destructive/40 text-destructive">
      {t("disabled")}
    </Badge>
  ) : (
    <Badge variant="outline" className="border-success/40 text-success">
      {t("active")}
    </Badge>
  );
}
