import "server-only";
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { defaultLocale, isAppLocale, type AppLocale } from "@/lib/i18n/locales";
import { catalogView, categoryNames } from "./catalog-view";
import { getSubjectSubscriptions } from "./queries";
import type { Subject } from "./types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function readerLocale(): Promise<AppLocale> {
  const locale = await getLocale();
  return isAppLocale(locale) ? locale : defaultLocale;
}

/** What a subject's subscriptions page renders; null when there is no such subject (the page 404s). */
export async function getSubjectPageData(subject: Subject) {
  if (!UUID.test(subject.id)) return null;
  try {
    const [view, locale] = await Promise.all([getSubjectSubscriptions(db, subject), readerLocale()]);
    return { view, catalog: catalogView(locale), categoryNames: categoryNames(locale), locale };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
