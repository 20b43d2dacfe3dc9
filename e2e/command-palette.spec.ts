import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** The open palette's axe violations (the dialog and what it covers). */
async function paletteViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('[role="dialog"]').analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Presses ArrowDown until the option named `name` is the active one (the first option starts active). */
async function arrowTo(page: Page, name: RegExp) {
  const options = page.getByRole("option");
  const labels = await options.allInnerTexts();
  const index = labels.findIndex((label) => name.test(label.replace(/\s+/g, " ")));
  expect(index, `${name} among ${labels.join(" | ")}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
  const option = options.nth(index);
  await expect(option).toHaveAttribute("aria-selected", "true");
  const id = await option.getAttribute("id");
  await expect(page.getByRole("combobox")).toHaveAttribute("aria-activedescendant", id ?? "");
}

test.describe("[palette]", () => {
  test("[palette] an admin reading Portuguese finds a type by part of its name without accents and opens it, keyboard only", async ({
    browser,
    createUser,
    signInAs,
  }) => {
    const admin = await createUser({ role: "ADMIN", locale: "pt-BR" });
    // Dark mode: the open palette is checked by axe in it (contrast included).
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await signInAs(page, admin.email, admin.password);
    await page.goto("/dashboard");
    await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
    await expect(page.locator("html")).toHaveClass(/dark/);
    await expect(page.getByTestId("palette-trigger")).toHaveAccessibleName("Buscar ou ir para…");

    await page.keyboard.press("Control+K");
    const dialog = page.getByRole("dialog", { name: "Ir para" });
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole("combobox", {
      name: "Buscar páginas, tipos de notificação, pessoas e eventos",
    });
    await expect(input).toBeFocused();

    // "expiracao" for "expiração": part of "Alerta de expiração de certificado: hoje", accent missing
    await page.keyboard.type("expiracao de certificado");
    await expect(dialog.getByRole("group", { name: "Tipos de notificação" })).toBeVisible();
    await expect(dialog.getByTestId("palette-status")).toHaveText(/^\d+ resultados$/);
    await expect(
      dialog.getByRole("option", { name: /^Alerta de expiração de certificado: hoje/ }),
    ).toBeVisible();
    expect(await paletteViolations(page)).toEqual([]);

    await arrowTo(page, /^Alerta de expiração de certificado: hoje/);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/catalog\/certificates\.expiration-alert-today$/);
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Alerta de expiração de certificado: hoje",
    );
    await context.close();
  });

  test("[palette] a user's palette offers no users, where an admin's does", async ({
    adminPage,
    browser,
    createUser,
    signInAs,
  }) => {
    const tag = randomUUID().slice(0, 8);
    const user = await createUser({ name: `Quillon ${tag}`, role: "USER", locale: "en" });
    // An admin finds them among the users...
    await adminPage.goto("/dashboard");
    await adminPage.keyboard.press("Control+K");
    // The dialog loads on first open: type once its input has focus
    await expect(adminPage.getByRole("combobox")).toBeFocused();
    await adminPage.keyboard.type(`quillon ${tag}`);
    await expect(adminPage.getByRole("group", { name: "Users" }).getByRole("option")).toHaveText([
      new RegExp(`^Quillon ${tag}`),
    ]);

    // ...they do not find themselves, nor anyone
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, user.email, user.password);
    await page.goto("/me/notifications");
    await page.keyboard.press("Control+K");
    const dialog = page.getByRole("dialog", { name: "Go to" });
    await expect(dialog.getByRole("combobox")).toBeFocused();
    // An empty query lists the pages the user may open, and nothing else
    await expect(dialog.getByTestId("palette-status")).toHaveText("2 results");
    await expect(dialog.getByRole("group")).toHaveCount(1);
    await expect(dialog.getByRole("group", { name: "Pages" }).getByRole("option")).toHaveText([
      /^My notifications/,
      /^Profile/,
    ]);
    expect(await paletteViolations(page)).toEqual([]);
    await page.keyboard.type(`quillon ${tag}`);
    await expect(dialog.getByTestId("palette-status")).toHaveText(
      new RegExp(`^Nothing matches “quillon ${tag}”`),
    );
    await expect(dialog.getByRole("option")).toHaveCount(0);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("users");
    await expect(dialog.getByTestId("palette-status")).toHaveText(/^(Nothing matches|\d+ results?$)/);
    await expect(dialog.getByRole("group", { name: "Users" })).toHaveCount(0);
    await expect(dialog.getByRole("option", { name: /^Users/ })).toHaveCount(0);
    await context.close();
  });

  test("[palette] what is typed straight after Ctrl-K, before the palette's code has loaded, all reaches the search", async ({
    adminPage: page,
  }) => {
    await page.goto("/catalog");
    // Hydrated, and every script the page itself needs is in: what is asked for next is the palette's
    await page.waitForLoadState("networkidle");
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/**", async (route) => {
      await released;
      await route.continue();
    });

    // Typed without waiting for anything, a slip corrected, while the dialog's code is held back
    await page.keyboard.press("Control+K");
    await page.keyboard.type("usuarioz");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("s");
    // No input to type into yet: the keys were kept for it
    await expect(page.getByTestId("command-palette")).toHaveCount(0);
    release();

    const dialog = page.getByRole("dialog", { name: "Go to" });
    const input = dialog.getByRole("combobox");
    await expect(input).toBeFocused();
    await expect(input).toHaveValue("usuarios");
    await expect(dialog.getByRole("option", { name: /^Users/ })).toBeVisible();
    await page.unroute("**/_next/static/chunks/**");

    // Opened again (the code now loaded): typed at once, all there too, and nothing left of before
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await page.keyboard.press("Control+K");
    await page.keyboard.type("audit log");
    await expect(input).toHaveValue("audit log");
    await expect(dialog.getByRole("option", { name: /^Audit log/ })).toBeVisible();
  });

  test("[palette] Escape closes the palette and gives focus back", async ({ adminPage: page }) => {
    await page.goto("/catalog");
    // Opened with the shortcut from the account menu button: focus goes back there
    const menu = page.getByTestId("user-menu");
    await menu.focus();
    await page.keyboard.press("Control+K");
    const dialog = page.getByRole("dialog", { name: "Go to" });
    await expect(dialog.getByRole("combobox")).toBeFocused();
    // Tab stays inside the dialog
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(dialog.locator(":focus")).toHaveCount(1);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(menu).toBeFocused();

    // Opened with the header button (Enter on it): focus goes back to the button
    const trigger = page.getByTestId("palette-trigger");
    await trigger.focus();
    await page.keyboard.press("Enter");
    await expect(dialog.getByRole("combobox")).toBeFocused();
    await page.keyboard.type("usuarios");
    await expect(dialog.getByRole("option", { name: /^Users/ })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
    await expect(page).toHaveURL(/\/catalog$/);
  });
});
