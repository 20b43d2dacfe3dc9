import type { Browser, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signInAs, storageStatePath, type DemoRole } from "./helpers";
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

  for (const locale of ["en", "pt-BR"] as const) {
    test(`[navigation] in a 1440 × 900 window every entry of an admin's sidebar is on screen (${locale})`, async ({
      browser,
      createUser,
    }) => {
      const page = await laptopPage(browser, { width: 1440, height: 900 });
      const admin = await createUser({ role: "ADMIN", locale });
      await signInAs(page, admin.email, admin.password);
      await page.goto("/system/resources");
      const links = sidebar(page).getByRole("link");
      expect(await links.count()).toBeGreaterThan(15);
      for (const link of await links.all()) await expectInWindow(page, link);
      await expect(sidebar(page).locator('[aria-current="page"]')).toHaveAttribute(
        "href",
        "/system/resources",
      );
      await page.context().close();
    });
  }

  test("[navigation] in a window too short for the whole menu, the current page's entry is scrolled into view", async ({
    browser,
  }) => {
    const page = await laptopPage(browser, { width: 1280, height: 560 }, "admin");
    await page.goto("/me");
    const current = sidebar(page).locator('[aria-current="page"]');
    await expect(current).toHaveAttribute("href", "/me");
    await expect.poll(() => inWindow(page, current)).toBe(true);
    // The menu scrolled, not the page.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.context().close();
  });

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

async function laptopPage(browser: Browser, viewport: { width: number; height: number }, role?: DemoRole) {
  const context = await browser.newContext({
    viewport,
    ...(role ? { storageState: storageStatePath(role) } : {}),
  });
  return context.newPage();
}

/** The wide screens' sidebar (the narrow screens' menu dialog holds the same navigation). */
function sidebar(page: Page) {
  return page.locator("aside").getByRole("navigation");
}

/** Whether the whole of `target` lies inside the window (not below the fold of a scrolling menu). */
async function inWindow(page: Page, target: Locator) {
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return (
    box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width
  );
}

async function expectInWindow(page: Page, target: Locator) {
  expect(await inWindow(page, target), `${await target.textContent()} is on screen`).toBe(true);
}
