import "server-only";
import { cookies } from "next/headers";
import { localeCookie, type AppLocale } from "./locales";

/** Remembers a language in the browser, so pages without a signed-in user (sign-in) speak it too. */
export async function rememberLocale(locale: AppLocale) {
  (await cookies()).set(localeCookie, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
}
