import { Lock, Unlock } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { SeverityBadge } from "@/components/ui/severity-badge";
import type { TemplateDetail } from "@/lib/templates/queries";

/** Name, description and the facts that shape the e-mail: severity (its colour bar), kind, opt-out. */
export async function TemplateHeader({ detail }: { detail: TemplateDetail }) {
  const t = await getTranslations();
  return (
    <PageHeader
      title={detail.name}
      description={
        <span className="grid gap-2">
          <span>{detail.description}</span>
          <span className="flex flex-wrap items-center gap-2">
            <SeverityBadge severity={detail.severity} label={t(`common.severity.${detail.severity}`)} />
            <Badge variant="outline">{t(`common.kind.${detail.kind}`)}</Badge>
            <Badge variant={detail.mandatory ? "secondary" : "outline"} className="gap-1">
              {detail.mandatory ? <Lock aria-hidden /> : <Unlock aria-hidden />}
              {detail.mandatory ? t("templates.detail.mandatory") : t("templates.detail.optional")}
            </Badge>
            <span className="text-xs">
              <span className="sr-only">{t("templates.detail.keyLabel")}: </span>
              <code className="font-mono text-muted-foreground">{detail.key}</code>
            </span>
          </span>
        </span>
      }
    />
  );
}
