import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { DemoRole } from "./helpers";
import { appPages, resolvePath } from "./main-pages";

// What the menu shows a role and what that role may open are the same: every page of the menu is
// listed for exactly the roles e2e/main-pages.ts gives it, and every page a role may not open (in the
// menu or not, e.g. /users/new for an auditor) answers 403 when typed into the address bar.

const roles: DemoRole[] = ["admin", "auditor", "user"];

async function menuLinks(page: Page): Promise<string[]> {
  await page.goto("/me");
  const nav = page.getByRole("navigation", { name: /^(Main navigation|Navegação principal)$/ }).first();
  await expect(nav.getByRole("link").first()).toBeVisible();
  const hrefs = await nav
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  return hrefs.filter((href): href is string => href !== null).sort();
}

test.describe("[navigation]", () => {
  for (const role of roles) {
    test(`[navigation] the menu shows the ${role} exactly the pages the ${role} may open`, async ({
      adminPage,
      auditorPage,
      userPage,
    }) => {
      const page = { admin: adminPage, auditor: auditorPage, user: userPage }[role];
      const everyMenuPage = await menuLinks(adminPage);
      const shown = await menuLinks(page);
      const allowed = appPages.filter((entry) => entry.roles.includes(role)).map((entry) => entry.path);
      const opensToRole = everyMenuPage.filter((href) => allowed.includes(href));
      expect(shown).toEqual(opensToRole);
      for (const href of everyMenuPage) {
        const response = await page.goto(href);
        expect(response?.status(), `${role} opens ${href}`).toBe(shown.includes(href) ? 200 : 403);
      }
    });

    const refused = appPages.filter((entry) => !entry.roles.includes(role));
    if (refused.length === 0) continue;
    test(`[navigation] every page the ${role} may not open answers 403`, async ({
      adminPage,
      auditorPage,
      userPage,
    }) => {
      const page = { admin: adminPage, auditor: auditorPage, user: userPage }[role];
      for (const { path } of refused) {
        const url = await resolvePath(path);
        const response = await page.goto(url);
        expect(response?.status(), `${role} opens ${url}`).toBe(403);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(
          /^(You do not have access to this page|Você não tem acesso a esta página)$/,
        );
      }
    });
  }

  test("[navigation] the 404 page leads home and back to the page one came from", async ({
    adminPage: page,
  }) => {
    await page.goto("/catalog");
    expect((await page.goto("/no-such-page"))?.status()).toBe(404);
    await expect(page.getByRole("link", { name: "Go to your home page" })).toHaveAttribute("href", "/");
    await page.getByRole("button", { name: "Go back" }).click();
    await expect(page).toHaveURL(/\/catalog$/);
  });
});
