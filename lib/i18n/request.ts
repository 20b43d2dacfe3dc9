import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { isAppLocale, localeCookie, negotiateLocale, toAppLocale } from "./locales";
import { loadMessages } from "./messages";

// No locale in the URL: a locale a page asks for explicitly (`getTranslations({ locale })`, e.g.
// the unsubscribe page speaking its recipient's language) wins, then a signed-in user's own
// setting, then the cookie, then the browser.
export default getRequestConfig(async ({ locale: requested }) => {
  const viewer = await getViewer();
  const cookie = (await cookies()).get(localeCookie)?.value;
  const locale = isAppLocale(requested)
    ? requested
    : viewer
      ? toAppLocale(viewer.locale)
      : isAppLocale(cookie)
        ? cookie
        : negotiateLocale((await headers()).get("accept-language"));
  return { locale, messages: await loadMessages(locale), timeZone: viewer?.timeZone ?? "UTC" };
});
