import "server-only";
import { getLocale } from "next-intl/server";
import type { Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { defaultLocale, isAppLocale, type AppLocale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/validation/uuid";
import { catalogView, categoryNames } from "./catalog-view";
import { getSubjectSubscriptions } from "./queries";
import type { Subject } from "./types";

export async function readerLocale(): Promise<AppLocale> {
  const locale = await getLocale();
  return isAppLocale(locale) ? locale : defaultLocale;
}

/**
 * What a subject's subscriptions page renders (staff); null when there is no such subject (the page
 * 404s).
 */
export async function getSubjectPageData(viewer: Reader, subject: Subject, db: DbOrTx = defaultDb) {
  if (!isUuid(subject.id)) return null;
  try {
    const [view, locale] = await Promise.all([getSubjectSubscriptions(viewer, subject, db), readerLocale()]);
    return { view, catalog: catalogView(locale), categoryNames: categoryNames(locale), locale };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
