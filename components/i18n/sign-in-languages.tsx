import { Languages } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { setLocaleCookieAction } from "@/lib/i18n/actions";
import { localeLabels, locales } from "@/lib/i18n/locales";

/**
 * The sign-in page's language choice: a plain form posting to a server action, so it needs no client
 * JavaScript. Each language is named in itself (and tagged with `lang`), so a reader finds their own.
 */
export async function SignInLanguages() {
  const [current, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <form
      action={setLocaleCookieAction.bind(null, undefined)}
      aria-label={t("language")}
      className="flex flex-wrap items-center justify-center gap-1 text-sm"
    >
      <Languages aria-hidden className="size-4 text-muted-foreground" />
      {locales.map((locale) => (
        <Button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          variant="ghost"
          size="sm"
          aria-pressed={locale === current}
          className="aria-pressed:font-semibold aria-pressed:text-foreground"
        >
          {localeLabels[locale]}
        </Button>
      ))}
    </form>
  );
}
