import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { localeCookie, type AppLocale } from "@/lib/i18n/locales";
import { demoEmail, demoPasswords, demoUsers } from "@/prisma/seed/demo-data";
import { expect, test } from "./fixtures";
import { e2eDb, signInAs } from "./helpers";
import { appPages, resolvePath, visitors } from "./main-pages";

// The WCAG 2.2 A/AA rules axe can check automatically and its best practices (landmarks, heading
// order), on every page (e2e/main-pages.ts), at every impact, in both languages and both themes.
// The e-mail preview iframe is left out: its document is the e-mail, whose markup is tested where it is
// rendered.
//
// One browser context per language and theme visits every page in turn, signed in once: a test per page
// and combination would sign in ~160 times and quadruple the sweep's share of the e2e run.

const combinations = [
  { locale: "en", theme: "light" },
  { locale: "en", theme: "dark" },
  { locale: "pt-BR", theme: "light" },
  { locale: "pt-BR", theme: "dark" },
] as const satisfies readonly { locale: AppLocale; theme: "light" | "dark" }[];
type Combination = (typeof combinations)[number];

const label = ({ locale, theme }: Combination) => `${locale === "en" ? "English" : "Portuguese"}, ${theme}`;

async function violations(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
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

/**
 * Visits every path and returns the violations by path (only the paths that have some), after checking
 * that each page really was shown in the combination's language and theme.
 */
async function sweep(page: Page, paths: readonly string[], { locale, theme }: Combination) {
  const found: Record<string, string[]> = {};
  for (const path of paths) {
    const list = await violations(page, path);
    if (list.length) found[path] = list;
    await expect(page.locator("html"), path).toHaveAttribute("lang", locale);
    await expect(page.locator("html"), path).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
  }
  return found;
}

/** A context in the combination's theme: the theme follows the system's until the user picks one. */
async function themedPage(browser: Browser, combination: Combination) {
  const context = await browser.newContext({ colorScheme: combination.theme });
  await context.addCookies([
    { name: localeCookie, value: combination.locale, url: test.info().project.use.baseURL! },
  ]);
  return { context, page: await context.newPage() };
}

const adminPaths = appPages.filter((page) => visitors(page).includes("admin")).map((page) => page.path);
const userPaths = appPages.filter((page) => visitors(page).includes("user")).map((page) => page.path);

// A page's scan takes a few seconds on the busy 2-core machine: the sweep's safety net grows with the list.
const perPage = 15_000;

// The user's own pages need a user who receives e-mail, in the combination's language: the demo user
// (Beatriz) reads Portuguese, Diana Walsh (in the same group) reads English.
const readers: Record<AppLocale, string> = {
  "pt-BR": demoEmail(demoUsers[0]!.name),
  en: demoEmail(demoUsers.find((user) => user.name === "Diana Walsh")!.name),
};

/** The reader's latest e-mail, for /me/notifications/received/:received. */
async function receivedId(email: string) {
  const received = await e2eDb().delivery.findFirstOrThrow({
    where: {
      user: { email },
      status: { in: ["SENT", "DELIVERED", "DELAYED", "BOUNCED", "COMPLAINED"] },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return received.id;
}

test.describe("[a11y]", () => {
  test("[a11y] the sign-in page has no automatically detectable WCAG violations in either language or theme", async ({
    browser,
  }) => {
    const found: Record<string, Record<string, string[]>> = {};
    for (const combination of combinations) {
      const { context, page } = await themedPage(browser, combination);
      const list = await sweep(page, ["/sign-in"], combination);
      if (Object.keys(list).length) found[label(combination)] = list;
      await context.close();
    }
    expect(found).toEqual({});
  });

  for (const combination of combinations) {
    test(`[a11y] every admin page has no automatically detectable WCAG violations (${label(combination)})`, async ({
      browser,
      createUser,
    }) => {
      test.setTimeout(adminPaths.length * perPage);
      const admin = await createUser({ role: "ADMIN", locale: combination.locale });
      const { context, page } = await themedPage(browser, combination);
      await signInAs(page, admin.email, admin.password);
      const paths = await Promise.all(adminPaths.map(resolvePath));
      expect(await sweep(page, paths, combination)).toEqual({});
      await context.close();
    });

    test(`[a11y] a user's pages, not-found and forbidden have no automatically detectable WCAG violations (${label(combination)})`, async ({
      browser,
    }) => {
      const email = readers[combination.locale];
      const received = await receivedId(email);
      const paths = [
        ...userPaths.map((path) => path.replace(":received", received)),
        "/no-such-page",
        "/users",
      ];
      test.setTimeout(paths.length * perPage);
      const { context, page } = await themedPage(browser, combination);
      await signInAs(page, email, demoPasswords.user);
      expect(await sweep(page, paths, combination)).toEqual({});
      await context.close();
    });
  }
});
