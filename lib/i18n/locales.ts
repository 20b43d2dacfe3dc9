// The interface languages. "pt-BR" is stored as the Prisma enum value "pt_BR".
import type { Locale as DbLocale } from "@/generated/prisma/enums";

export const locales = ["en", "pt-BR"] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = "en";
export const localeCookie = "herald-locale";

export const localeLabels: Record<AppLocale, string> = { en: "English", "pt-BR": "Português (Brasil)" };

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function toAppLocale(locale: DbLocale): AppLocale {
  return locale === "pt_BR" ? "pt-BR" : "en";
}

export function toDbLocale(locale: AppLocale): DbLocale {
  return locale === "pt-BR" ? "pt_BR" : "en";
}

/** The first supported language in an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null): AppLocale {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase();
    if (tag?.startsWith("pt")) return "pt-BR";
    if (tag?.startsWith("en")) return "en";
  }
  return defaultLocale;
}
