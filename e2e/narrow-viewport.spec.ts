import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import type { Browser, Locator, Page } from "@playwright/test";
import { generateApiKey } from "@/lib/api-keys/secret";
import { createGroup } from "@/prisma/seed/factories";
import { expect, test } from "./fixtures";
import { e2eDb, signInAs, storageStatePath, type DemoRole } from "./helpers";
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

  // A page that fits can still cut a control off: past the edge of a table's scrolling frame, or
  // clipped by its box. The controls a phone user comes for must be whole on screen, in both languages.
  const texts = {
    en: { apply: "Apply to each member…", copy: "Copy from…", revoke: "Revoke key" },
    "pt-BR": { apply: "Aplicar a cada membro…", copy: "Copiar de…", revoke: "Revogar a chave" },
  };
  for (const [locale, text] of Object.entries(texts) as [keyof typeof texts, (typeof texts)["en"]][]) {
    test(`[responsive] a phone shows whole the group's bulk buttons, a socket's state and a key's Revoke button (${locale})`, async ({
      browser,
      createUser,
    }) => {
      const admin = await createUser({ role: "ADMIN", locale });
      const group = await createGroup(e2eDb(), `E2E Phone ${randomUUID().slice(0, 8)}`, [admin.id]);
      const { prefix, hash } = generateApiKey();
      const keyName = `e2e phone ${randomUUID().slice(0, 8)}`;
      await e2eDb().apiKey.create({
        data: { name: keyName, prefix, hash, scopes: ["CATALOG_READ"], createdById: admin.id },
      });
      const { page, close } = await phonePage(browser, null);
      await signInAs(page, admin.email, admin.password);

      await page.goto(`/groups/${group.id}/subscriptions`);
      await expectWhole(page, page.getByRole("button", { name: text.apply }));
      await expectWhole(page, page.getByRole("button", { name: text.copy }));

      await page.goto("/system/listeners");
      const state = page
        .getByTestId("listeners-table")
        .getByRole("row")
        .nth(1)
        .getByText(/^[A-Z_0-9]+$/)
        .first();
      await expectWhole(page, state);

      await page.goto("/api-keys");
      const row = page.locator(`[data-testid="api-key-row"][data-prefix="${prefix}"]`);
      await expectWhole(page, row.getByRole("button", { name: `${text.revoke} ${keyName}` }));
      await close();
    });
  }

  test("[responsive] the not-found and forbidden pages fit a 390 px screen", async ({ browser }) => {
    const { page, close } = await phonePage(browser, "user");
    expect((await page.goto("/no-such-page"))?.status()).toBe(404);
    await expectToFit(page, "/no-such-page");
    expect((await page.goto("/users"))?.status()).toBe(403);
    await expectToFit(page, "/users (403)");
    await close();
  });
});

/**
 * `target` lies whole inside the window (its box compared with the viewport, so a control past the
 * edge of a scrolling frame counts as cut off), and its text is not clipped inside its own box.
 */
async function expectWhole(page: Page, target: Locator) {
  await expect(target).toBeVisible();
  const box = await target.boundingBox();
  const name = await target.textContent();
  expect(box, `${name} has a box`).not.toBeNull();
  expect(box!.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${name} ends on screen`).toBeLessThanOrEqual(phone.width);
  const clipped = await target.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
  expect(clipped, `${name} is not clipped`).toBe(false);
}
