import { Lock, LockOpen } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/ui/section-card";
import { CopyButton } from "@/components/ui/copy-button";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { catalogHref } from "@/lib/catalog/filters";
import type { CategoryDefinition, NotificationTypeDefinition } from "@/lib/catalog/types";

interface TypeFactsProps {
  type: NotificationTypeDefinition;
  category: Pick<CategoryDefinition, "key" | "name" | "description">;
}

/** A type's facts: key, category, severity, kind and whether recipients may opt out. */
export async function TypeFacts({ type, category }: TypeFactsProps) {
  const t = await getTranslations();
  return (
    <SectionCard title={t("catalog.type.details")} className="gap-4">
      <dl className="grid gap-x-6 gap-y-5 sm:grid-cols-[9rem_minmax(0,1fr)]">
        <dt className="text-sm font-medium text-muted-foreground">{t("catalog.type.key")}</dt>
        <dd className="grid gap-1">
          <div className="flex items-center gap-1">
            <code
              data-testid="type-key"
              className="rounded-md bg-muted px-2 py-1 font-mono text-sm break-all"
            >
              {type.key}
            </code>
            <CopyButton
              value={type.key}
              label={t("catalog.type.copyKey")}
              copiedMessage={t("catalog.type.keyCopied")}
              failedMessage={t("catalog.type.copyFailed")}
              iconOnly
              variant="ghost"
              size="icon"
              className="size-8"
            />
          </div>
          <p className="text-xs text-muted-foreground">{t("catalog.type.keyHelp")}</p>
        </dd>

        <dt className="text-sm font-medium text-muted-foreground">{t("catalog.type.category")}</dt>
        <dd className="grid gap-1">
          <Link
            href={catalogHref({ category: category.key }) as Route}
            className="w-fit font-medium text-primary hover:underline"
            data-testid="type-category"
          >
            {category.name}
          </Link>
          <p className="text-sm text-muted-foreground">{category.description}</p>
        </dd>

        <dt className="text-sm font-medium text-muted-foreground">{t("catalog.type.severity")}</dt>
        <dd data-testid="type-severity">
          <SeverityBadge severity={type.severity} label={t(`common.severity.${type.severity}`)} />
        </dd>

        <dt className="text-sm font-medium text-muted-foreground">{t("catalog.type.kind")}</dt>
        <dd className="grid gap-1" data-testid="type-kind">
          <span className="font-medium">{t(`common.kind.${type.kind}`)}</span>
          <p className="text-sm text-muted-foreground">{t(`catalog.kinds.${type.kind}`)}</p>
        </dd>

        <dt className="text-sm font-medium text-muted-foreground">{t("catalog.type.mandatory")}</dt>
        <dd className="grid gap-1" data-testid="type-mandatory">
          {type.mandatory ? (
            <>
              <span className="flex items-center gap-1.5 font-medium">
                <Lock aria-hidden className="size-4" />
                {t("catalog.mandatory.label")}
              </span>
              <p className="text-sm text-muted-foreground">{t("catalog.mandatory.explanation")}</p>
            </>
          ) : (
            <>
              <span className="flex items-center gap-1.5 font-medium">
                <LockOpen aria-hidden className="size-4 text-muted-foreground" />
                {t("catalog.mandatory.optional")}
              </span>
              <p className="text-sm text-muted-foreground">{t("catalog.mandatory.optionalExplanation")}</p>
            </>
          )}
        </dd>
      </dl>
    </SectionCard>
  );
}
