import "server-only";
import type { AppLocale } from "./locales";

// One JSON file per feature and language (messages/<locale>/<namespace>.json), so features can be
// translated and reviewed independently. Each namespace becomes a top-level key.
export const namespaces = [
  "common",
  "nav",
  "auth",
  "users",
  "groups",
  "catalog",
  "apiKeys",
  "audit",
  "subscriptions",
  "templates",
  "system",
  "systemServices",
  "me",
  "settings",
  "suppressions",
  "history",
  "dispatch",
  "palette",
] as const;

export async function loadMessages(locale: AppLocale) {
  const entries = await Promise.all(
    namespaces.map(async (namespace) => {
      const file = (await import(`../../messages/${locale}/${namespace}.json`)) as {
        default: Record<string, unknown>;
      };
      return [namespace, file.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}
