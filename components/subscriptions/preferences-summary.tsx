"use client";

import { useTranslations } from "next-intl";
import { SectionCard } from "@/components/ui/section-card";
import type { CatalogCategoryView } from "@/lib/subscriptions/catalog-view";
import type { Subject } from "@/lib/subscriptions/types";
import { useSubjectSubscriptions, type SubjectData } from "./use-subject-subscriptions";

/** A user's or contact's own mutes and delivery choices, kept in step with the matrix. */
export function PreferencesSummary({
  subject,
  catalog,
  initialData,
}: {
  subject: Subject;
  catalog: CatalogCategoryView[];
  initialData: SubjectData;
}) {
  const t = useTranslations("subscriptions.preferences");
  const tm = useTranslations("subscriptions.mode");
  const { data } = useSubjectSubscriptions(subject, initialData);
  const types = new Map(
    catalog.flatMap((category) => category.types.map((type) => [type.key, type] as const)),
  );
  const preferences = data.preferences ?? [];
  return (
    <SectionCard
      title={t("heading")}
      description={t("description")}
      className="gap-4"
      data-testid="preferences-summary"
    >
      {preferences.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ul className="grid gap-2 text-sm">
          {preferences.map((preference) => {
            const type = types.get(preference.typeKey);
            return (
              <li key={preference.typeKey} className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-medium">{type?.name ?? preference.typeKey}</span>
                <span className="text-muted-foreground">
                  {[
                    preference.muted ? t("muted") : null,
                    preference.mode ? t("prefers", { mode: tm(preference.mode) }) : null,
                    type?.mandatory ? t("ignored") : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </SectionCard>
  );
}
