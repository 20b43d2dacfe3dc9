import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { e2eDb, storageStatePath } from "./helpers";
import { confirmWithKeyboard, expectDialogEscapes, expectFocusRing, tabTo } from "./keyboard";

// People and the shell with the keyboard alone (e2e/language, users, navigation and narrow-viewport
// specs' flows): no click, no fill, no focus().

test.describe("[keyboard]", () => {
  test("[keyboard] a visitor switches the sign-in page to Português", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    const portuguese = page
      .getByRole("form", { name: "Language" })
      .getByRole("button", { name: "Português (Brasil)" });
    await tabTo(page, portuguese);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Entrar no Herald" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
    await expect(
      page.getByRole("form", { name: "Idioma" }).getByRole("button", { name: "Português (Brasil)" }),
    ).toHaveAttribute("aria-pressed", "true");
    await context.close();
  });

  test("[keyboard] a refused sign-in says why and keeps the focus on the button pressed", async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expectFocusRing(page.getByLabel("E-mail"));
    await page.keyboard.type(`e2e-nobody-${randomUUID().slice(0, 8)}@example.test`);
    await tabTo(page, page.getByLabel("Password"));
    await page.keyboard.type("Not-The-Password-1");
    const submit = page.getByRole("button", { name: "Sign in" });
    await tabTo(page, submit);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("sign-in-error")).not.toBeEmpty();
    await expect(page).toHaveURL(/\/sign-in/);
    await expectFocusRing(submit);
    await context.close();
  });

  test("[keyboard] a person saves their language and time zone on their profile", async ({
    signedInUser,
  }) => {
    const { user, page } = await signedInUser({ locale: "en" });
    await page.goto("/me");
    const language = page.getByLabel("Language");
    await tabTo(page, language);
    // ASCII only: Playwright inserts a character like "ê" as text, which a select does not take.
    await page.keyboard.type("Portug");
    await expect(language).toHaveValue("pt-BR");
    const timeZone = page.getByLabel("Time zone");
    await tabTo(page, timeZone);
    await page.keyboard.type("America/Sao");
    await expect(timeZone).toHaveValue("America/Sao_Paulo");
    await tabTo(page, page.getByRole("button", { name: "Save preferences" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Perfil" })).toBeVisible();
    await expect(page.getByText("Preferências salvas.")).toBeVisible();
    const row = await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ locale: "pt_BR", timeZone: "America/Sao_Paulo" });
  });

  test("[keyboard] an admin's refused new user keeps what was typed and the focus; a user is disabled and re-enabled", async ({
    adminPage: page,
    createUser,
  }) => {
    await page.goto("/users/new");
    await tabTo(page, page.getByLabel("Name"));
    await page.keyboard.type("Refused");
    await tabTo(page, page.getByLabel("E-mail"));
    await page.keyboard.type("not-an-email");
    const create = page.getByRole("button", { name: "Create user" });
    await tabTo(page, create);
    await page.keyboard.press("Enter");
    await expect(page.getByText("Enter a valid e-mail address")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue("Refused");
    await expect(create).toBeFocused();

    const user = await createUser({ name: `Keyboard Disable ${randomUUID().slice(0, 8)}` });
    await page.goto(`/users/${user.id}`);
    await confirmWithKeyboard(
      page,
      page.getByRole("button", { name: "Disable", exact: true }),
      "Disable user",
    );
    await expect(page.getByText("This user is disabled")).toBeVisible();
    const enable = page.getByRole("button", { name: "Re-enable", exact: true });
    await expectFocusRing(enable);
    await confirmWithKeyboard(page, enable, "Re-enable user");
    await expect(page.getByText("This user is disabled")).toHaveCount(0);
    await expectFocusRing(page.getByRole("button", { name: "Disable", exact: true }));
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
  });

  test("[keyboard] on a 390 px screen the menu button opens the navigation, Escape closes it, and a link in it is followed", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      storageState: storageStatePath("admin"),
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto("/dashboard");
    const open = page.getByRole("button", { name: "Open navigation" });
    const dialog = page.getByRole("dialog");
    await expectDialogEscapes(page, open, dialog);
    await page.keyboard.press("Enter");
    const audit = dialog.getByRole("link", { name: "Audit log" });
    await tabTo(page, audit);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/audit$/);
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await context.close();
  });

  test("[keyboard] the 404 page's Go back button returns to the page one came from", async ({
    adminPage: page,
  }) => {
    await page.goto("/catalog");
    await page.goto("/no-such-page");
    await tabTo(page, page.getByRole("button", { name: "Go back" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/catalog$/);
    await expect(page.getByRole("heading", { level: 1, name: "Notification catalog" })).toBeVisible();
  });

  test("[keyboard] a user opens one of their received e-mails", async ({ userPage: page }) => {
    await page.goto("/me/notifications/received");
    const first = page.getByTestId("history-row").first().getByRole("link").first();
    await tabTo(page, first);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/me\/notifications\/received\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("preview-frame")).toBeVisible();
  });
});
