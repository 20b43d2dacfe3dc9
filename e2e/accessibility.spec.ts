import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";
import { appPages, resolvePath, visitors } from "./main-pages";

// The WCAG 2.2 A/AA rules axe can check automatically and its best practices (landmarks, heading
// order), on every page (e2e/main-pages.ts), at every impact.
// The e-mail preview iframe is left out: its document is the e-mail, whose markup is tested where it is
// rendered.
async function violations(page: Page, path: string) {
  await page.goto(await resolvePath(path));
  await page.waitForLoadState("networkidle");
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .exclude("iframe")
    .analyze();
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

// Every page an admin may open, as the admin; the pages anyone may open also as the demo user, whose
// own pages hold subscriptions and received e-mail.
const adminPages = appPages.filter((page) => visitors(page).includes("admin")).map((page) => page.path);
const userPages = appPages.filter((page) => visitors(page).includes("user")).map((page) => page.path);

test.describe("[a11y]", () => {
  test("[a11y] the sign-in page has no automatically detectable WCAG violations", async ({ page }) => {
    expect(await violations(page, "/sign-in")).toEqual([]);
  });

  for (const path of adminPages) {
    test(`[a11y] ${path} has no automatically detectable WCAG violations`, async ({ adminPage }) => {
      expect(await violations(adminPage, path)).toEqual([]);
    });
  }

  for (const path of userPages) {
    test(`[a11y] ${path} has no automatically detectable WCAG violations for a user`, async ({
      userPage,
    }) => {
      expect(await violations(userPage, path)).toEqual([]);
    });
  }

  // The other language and the other theme: longer texts, and the dark palette's contrasts. A fresh
  // Portuguese-speaking admin in a browser that prefers dark (the theme follows the system by default).
  for (const path of adminPages) {
    test(`[a11y] ${path} has no automatically detectable WCAG violations in Portuguese and dark`, async ({
      browser,
      createUser,
    }) => {
      const admin = await createUser({ role: "ADMIN", locale: "pt-BR" });
      const context = await browser.newContext({ colorScheme: "dark" });
      const page = await context.newPage();
      await signInAs(page, admin.email, admin.password);
      expect(await violations(page, path)).toEqual([]);
      await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
      await expect(page.locator("html")).toHaveClass(/\bdark\b/);
      await context.close();
    });
  }

  test("[a11y] the not-found and forbidden pages have no automatically detectable WCAG violations", async ({
    userPage,
  }) => {
    expect(await violations(userPage, "/no-such-page")).toEqual([]);
    expect(await violations(userPage, "/users")).toEqual([]);
  });
});
