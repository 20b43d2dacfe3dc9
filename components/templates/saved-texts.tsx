import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import type { TemplateDetail } from "@/lib/templates/queries";

/** The texts in use, read-only (auditors): what an administrator saved, or a note that defaults apply. */
export async function SavedTexts({ detail, locale }: { detail: TemplateDetail; locale: AppLocale }) {
  const t = await getTranslations("templates");
  const saved = detail.overrides[locale];
  const language = t(`locales.${locale}`);
  return (
    <section
      aria-labelledby={`saved-texts-${locale}`}
      className="grid gap-2 rounded-xl border bg-card p-4"
      data-testid="saved-texts"
    >
      <h2 id={`saved-texts-${locale}`} className="font-semibold">
        {t("texts.readOnlyTitle")} · {language}
      </h2>
      {saved ? (
        <dl className="grid gap-2 text-sm">
          <div>
            <dt className="text-muted-foreground">{t("texts.subject")}</dt>
            <dd className="break-words">{saved.subject ?? detail.defaults[locale].subject}</dd>
          </div>
          {saved.intro ? (
            <div>
              <dt className="text-muted-foreground">{t("texts.intro")}</dt>
              <dd className="break-words whitespace-pre-line">{saved.intro}</dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="text-sm text-muted-foreground">{t("texts.none", { language })}</p>
      )}
      <p className="text-xs text-muted-foreground">{t("texts.readOnly")}</p>
    </section>
  );
}
