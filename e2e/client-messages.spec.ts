import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { appPages, resolvePath, visitors } from "./main-pages";

// Per-route messages (components/i18n/client-messages.tsx): each route segment sends the browser only
// the namespaces its client components read. A namespace left out of a route's list does not break the
// page: use-intl shows the key and logs MISSING_MESSAGE to the console, which this sweep turns into a
// failure, on every page as it hydrates. (lib/i18n/client-messages.test.ts checks the lists statically,
// including for dialogs this sweep does not open.)

/** Visits each path (a full load: server render and hydration) and returns what use-intl logged, by path. */
async function missingMessages(page: Page, paths: readonly string[]) {
  let current = "";
  const found: Record<string, string[]> = {};
  page.on("console", (message) => {
    const text = message.text();
    if (/MISSING_MESSAGE|INSUFFICIENT_PATH|Could not resolve/.test(text)) (found[current] ??= []).push(text);
  });
  for (const path of paths) {
    current = path;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
  }
  return found;
}

test.describe("[i18n]", () => {
  test("[i18n] no admin page's client components miss a message", async ({ adminPage }) => {
    const paths = await Promise.all(
      appPages.filter((page) => visitors(page).includes("admin")).map((page) => resolvePath(page.path)),
    );
    test.setTimeout(paths.length * 10_000);
    expect(await missingMessages(adminPage, paths)).toEqual({});
  });

  test("[i18n] no page of a user's own misses a message", async ({ userPage }) => {
    const paths = await Promise.all(
      appPages.filter((entry) => visitors(entry).includes("user")).map((entry) => resolvePath(entry.path)),
    );
    test.setTimeout(paths.length * 10_000);
    expect(await missingMessages(userPage, paths)).toEqual({});
  });

  test("[i18n] the sign-in page misses no message", async ({ page }) => {
    expect(await missingMessages(page, ["/sign-in"])).toEqual({});
  });
});
