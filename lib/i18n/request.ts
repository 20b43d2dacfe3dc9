import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { isAppLocale, localeCookie, negotiateLocale, toAppLocale } from "./locales";
import { loadMessages } from "./messages";

// No locale in the URL: a signed-in user's own setting wins, then the cookie, then the browser.
export default getRequestConfig(async () => {
  const viewer = await getViewer();
  const cookie = (await cookies()).get(localeCookie)?.value;
  const locale = viewer
    ? toAppLocale(viewer.locale)
    : isAppLocale(cookie)
      ? cookie
      : negotiateLocale((await headers()).get("accept-language"));
  return { locale, messages: await loadMessages(locale), timeZone: viewer?.timeZone ?? "UTC" };
});
