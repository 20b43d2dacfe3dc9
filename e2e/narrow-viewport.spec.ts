import { readdirSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { storageStatePath, type DemoRole } from "./helpers";
import { appPages, resolvePath, visitors } from "./main-pages";
import { unsubscribeToken } from "./unsubscribe-token";

// A phone held upright (390 × 844 CSS px): every page must fit its width, so nothing is cut off and
// the page never scrolls sideways. Wide content (tables, code) may scroll inside its own frame.
const phone = { width: 390, height: 844 };

interface Overflow {
  viewport: number;
  html: number;
  body: number;
  /** The outermost elements reaching past the right edge, for the failure message. */
  culprits: string[];
}

async function measure(page: Page): Promise<Overflow> {
  // Islands (matrices, charts, filters) render after their data arrives.
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => {
    const html = document.documentElement;
    const width = html.clientWidth;
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : "";
      const testId = element.getAttribute("data-testid");
      const classes = [...element.classList].slice(0, 4).join(".");
      const right = Math.round(element.getBoundingClientRect().right);
      return `${element.tagName.toLowerCase()}${id}${testId ? `[data-testid=${testId}]` : ""}${classes ? `.${classes}` : ""} (right edge ${right})`;
    };
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((element) => {
        const parent = element.parentElement;
        return (
          element.getBoundingClientRect().right > width + 1 &&
          parent !== null &&
          parent.getBoundingClientRect().right <= width + 1
        );
      })
      .slice(0, 6)
      .map(describe);
    return { viewport: width, html: html.scrollWidth, body: document.body.scrollWidth, culprits };
  });
}

async function expectToFit(page: Page, url: string) {
  const overflow = await measure(page);
  const message = `${url} at ${phone.width} px: ${overflow.culprits.join("; ") || "no element found"}`;
  expect(overflow.html, message).toBeLessThanOrEqual(overflow.viewport);
  expect(overflow.body, message).toBeLessThanOrEqual(overflow.viewport);
}

async function phonePage(browser: Browser, role: DemoRole | null) {
  const context = await browser.newContext({
    viewport: phone,
    ...(role ? { storageState: storageStatePath(role) } : {}),
  });
  return { page: await context.newPage(), close: () => context.close() };
}

/** A route's URL pattern with every dynamic segment as "*": "app/(admin)/users/[id]/page.tsx" → "/users/*". */
function routePattern(file: string): string {
  const segments = file
    .split("/")
    .slice(1, -1)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => (/^\[.*\]$/.test(segment) ? "*" : segment));
  return `/${segments.join("/")}`;
}

test.describe("[responsive]", () => {
  test("[responsive] the page list names every page of the app", () => {
    // The pages every check of e2e/main-pages.ts skips, and why: "/" only redirects; sign-in and
    // unsubscribe are public (checked below, without a session).
    const elsewhere = ["/", "/sign-in", "/unsubscribe/*"];
    const listed = appPages.map(({ path }) => path.replace(/:\w+/g, "*"));
    const routes = readdirSync("app", { recursive: true, encoding: "utf8" })
      .filter((file) => file === "page.tsx" || file.endsWith("/page.tsx"))
      .map((file) => routePattern(`app/${file}`));
    expect(routes.filter((route) => !listed.includes(route) && !elsewhere.includes(route))).toEqual([]);
    expect(listed.filter((path) => !routes.includes(path))).toEqual([]);
  });

  for (const page of appPages) {
    const { path } = page;
    for (const role of visitors(page)) {
      test(`[responsive] ${path} fits a 390 px screen as ${role}`, async ({ browser }) => {
        const url = await resolvePath(path);
        const { page, close } = await phonePage(browser, role);
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        await expectToFit(page, url);
        await close();
      });
    }
  }

  test("[responsive] a table wider than a phone scrolls in its own frame, which the keyboard reaches", async ({
    browser,
  }) => {
    const { page, close } = await phonePage(browser, "admin");
    // The send history: seeded with 30 days of deliveries (the audit log may still be empty).
    await page.goto("/history");
    const frame = page.getByRole("region", { name: "Scrollable content" }).first();
    await expect(frame.getByRole("table")).toBeVisible();
    await frame.focus();
    await expect(frame).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await expectToFit(page, "/history");
    await close();
  });

  test("[responsive] the public pages fit a 390 px screen", async ({ browser, createUser }) => {
    const { page, close } = await phonePage(browser, null);
    await page.goto("/sign-in");
    await expectToFit(page, "/sign-in");
    const user = await createUser();
    const unsubscribe = `/unsubscribe/${unsubscribeToken({ kind: "user", id: user.id })}`;
    await page.goto(unsubscribe);
    await expect(page.getByTestId("unsubscribe-ready")).toBeVisible();
    await expectToFit(page, unsubscribe);
    await close();
  });

  test("[responsive] the not-found and forbidden pages fit a 390 px screen", async ({ browser }) => {
    const { page, close } = await phonePage(browser, "user");
    expect((await page.goto("/no-such-page"))?.status()).toBe(404);
    await expectToFit(page, "/no-such-page");
    expect((await page.goto("/users"))?.status()).toBe(403);
    await expectToFit(page, "/users (403)");
    await close();
  });
});
