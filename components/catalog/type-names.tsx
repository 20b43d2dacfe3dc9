import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/ui/section-card";
import { localizeType } from "@/lib/catalog/localize";
import type { NotificationTypeDefinition } from "@/lib/catalog/types";
import { localeLabels, locales } from "@/lib/i18n/locales";

/** The type's name and description in every interface language, side by side, for bilingual teams. */
export async function TypeNames({ type }: { type: NotificationTypeDefinition }) {
  const t = await getTranslations("catalog.type.names");
  return (
    <SectionCard
      title={t("heading")}
      description={t("description")}
      contentClassName="grid gap-4 md:grid-cols-2"
      className="gap-4"
    >
      {locales.map((locale) => {
        const text = localizeType(type, locale);
        return (
          <section
            key={locale}
            aria-labelledby={`type-names-${locale}`}
            data-testid={`type-names-${locale}`}
            className="grid content-start gap-2 rounded-lg border p-4"
          >
            <h3
              id={`type-names-${locale}`}
              className="text-xs font-medium tracking-wide text-muted-foreground uppercase"
            >
              {localeLabels[locale]}
            </h3>
            <dl className="grid gap-2">
              <dt className="sr-only">{t("name")}</dt>
              <dd lang={locale} className="font-medium">
                {text.name}
              </dd>
              <dt className="sr-only">{t("descriptionLabel")}</dt>
              <dd lang={locale} className="text-sm text-muted-foreground">
                {text.description}
              </dd>
            </dl>
          </section>
        );
      })}
    </SectionCard>
  );
}
