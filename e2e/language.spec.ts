import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";

test.describe("language switcher", () => {
  test("[i18n] a visitor switches the sign-in page to Português and sees the Portuguese sign-in form", async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in to Herald" })).toBeVisible();
    const languages = page.getByRole("form", { name: "Language" });
    await expect(languages.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

    await languages.getByRole("button", { name: "Português (Brasil)" }).click();

    await expect(page.getByRole("heading", { name: "Entrar no Herald" })).toBeVisible();
    await expect(page.getByLabel("Senha")).toBeVisible();
    await expect(page.getByRole("button", { name: "Entrar", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
    // The choice is remembered: a fresh visit speaks Portuguese too.
    await page.goto("/sign-in");
    await expect(
      page.getByRole("form", { name: "Idioma" }).getByRole("button", { name: "Português (Brasil)" }),
    ).toHaveAttribute("aria-pressed", "true");
    await context.close();
  });

  test("[i18n] a user switches language in the account menu, sees the menu in it, and it is saved", async ({
    signedInUser,
  }) => {
    const { user, page } = await signedInUser({ locale: "en" });

    await page.getByTestId("user-menu").click();
    const menu = page.getByRole("menu");
    await expect(menu.getByRole("menuitem", { name: "Profile" })).toBeVisible();
    await menu.getByRole("menuitemcheckbox", { name: "Português (Brasil)" }).click();

    await expect(page.getByRole("button", { name: "Menu da conta" })).toBeVisible();
    await page.getByRole("button", { name: "Menu da conta" }).click();
    await expect(menu.getByRole("menuitem", { name: "Perfil" })).toBeVisible();
    await expect(menu.getByRole("menuitem", { name: "Sair" })).toBeVisible();
    await expect(menu.getByRole("menuitemcheckbox", { name: "Português (Brasil)" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    const saved = await e2eDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } });
    expect(saved.locale).toBe("pt_BR");
  });
});
