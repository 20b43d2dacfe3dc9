"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/authed-action";
import { publicFormAction } from "@/lib/actions/public-action";
import { db } from "@/lib/db";
import { updateOwnPreferences } from "@/lib/users/update-preferences";
import { rememberLocale } from "./locale-cookie";
import { locales } from "./locales";

const localeSchema = z.object({ locale: z.enum(locales, "invalidChoice") });

/**
 * The sign-in page's language buttons (a plain form: works before any JavaScript). Only the cookie
 * changes; once signed in, the user's own setting wins.
 */
export const setLocaleCookieAction = publicFormAction<void>(
  "choosing the language of the sign-in page comes before having a session",
  // A forged value changes nothing: the page simply stays in its language.
  () => undefined,
  async (_previous, formData) => {
    const parsed = localeSchema.safeParse({ locale: formData.get("locale") });
    if (!parsed.success) return;
    await rememberLocale(parsed.data.locale);
    revalidatePath("/", "layout");
  },
);

/** The account menu's language items: the signed-in user's saved language (audited), keeping their zone. */
export const updateOwnLocaleAction = authedAction(localeSchema, {}, async ({ locale }, { viewer, actor }) => {
  await updateOwnPreferences(db, actor, { locale, timeZone: viewer.timeZone });
  await rememberLocale(locale);
  revalidatePath("/", "layout");
  return { locale };
});
