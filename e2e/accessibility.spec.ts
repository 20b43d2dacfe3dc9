import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { mainPages } from "./main-pages";

// WCAG 2.1 A/AA rules that axe can check automatically, on every main page of each shell. The e-mail
// preview iframe is left out: its document is the e-mail, whose markup is tested where it is rendered.
async function violations(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa"])
    .exclude("iframe")
    .analyze();
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

const adminPages = mainPages;

test.describe("[a11y]", () => {
  test("[a11y] the sign-in page has no automatically detectable WCAG violations", async ({ page }) => {
    expect(await violations(page, "/sign-in")).toEqual([]);
  });

  for (const path of adminPages) {
    test(`[a11y] ${path} has no automatically detectable WCAG violations`, async ({ adminPage }) => {
      expect(await violations(adminPage, path)).toEqual([]);
    });
  }

  test("[a11y] a user's own pages have no automatically detectable WCAG violations", async ({ userPage }) => {
    expect(await violations(userPage, "/me/notifications")).toEqual([]);
    expect(await violations(userPage, "/me")).toEqual([]);
  });
});
