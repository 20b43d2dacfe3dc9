import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TemplateIndex } from "@/components/templates/template-index";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/viewer";
import { defaultLocale, isAppLocale } from "@/lib/i18n/locales";
import { getTemplateIndex } from "@/lib/templates/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates");
  return { title: t("metaTitle") };
}

// GET /templates – every notification type's e-mail, by category, with the languages that have custom texts.
export default async function TemplatesPage() {
  const viewer = await requirePage("/templates");
  const requested = await getLocale();
  const locale = isAppLocale(requested) ? requested : defaultLocale;
  const [t, categories] = await Promise.all([
    getTranslations("templates"),
    getTemplateIndex(viewer, { locale }),
  ]);
  const types = categories.flatMap((category) => category.types);
  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("title")}
        description={
          <>
            {t("description")}{" "}
            <span className="sm:whitespace-nowrap">
              {t("index.summary", { types: types.length, categories: categories.length })} ·{" "}
              {t("index.customizedCount", {
                count: types.filter((type) => type.customized.length > 0).length,
              })}
            </span>
          </>
        }
      />
      <TemplateIndex categories={categories} />
    </div>
  );
}
