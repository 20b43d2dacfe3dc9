import { randomUUID } from "node:crypto";
import { toDbScope } from "@/lib/api-keys/scopes";
import { generateApiKey } from "@/lib/api-keys/secret";
import { demoAdmin } from "@/prisma/seed/demo-data";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";
import {
  arrowTo,
  confirmWithKeyboard,
  expectDialogEscapes,
  expectFocusRing,
  focusWithin,
  tabTo,
} from "./keyboard";

// The shell and the admin's forms and dialogs with the keyboard alone: no click, no fill, no focus() —
// Tab, Shift+Tab, Enter, Space, arrows, Escape and typing into whatever the keyboard focused.

test.describe("[keyboard]", () => {
  test("[keyboard] a person signs in, skips to the content, moves through the menu, switches theme and language in the account menu and signs out", async ({
    browser,
    createUser,
  }) => {
    const admin = await createUser({ role: "ADMIN", locale: "en" });
    const context = await browser.newContext({ colorScheme: "light" });
    const page = await context.newPage();

    // Sign in: the e-mail field has the focus on arrival; Tab to the password; Enter submits.
    await page.goto("/sign-in");
    await expectFocusRing(page.getByLabel("E-mail"));
    await page.keyboard.type(admin.email);
    await tabTo(page, page.getByLabel("Password"));
    await page.keyboard.type(admin.password);
    await page.keyboard.press("Enter");
    await expect(page).not.toHaveURL(/\/sign-in/);

    // The first Tab on a page reaches the skip link, shown while it has the focus; Enter moves the focus to
    // the page's content, so the next Tab is inside it (past the menu).
    // Loaded and hydrated first, as a person tabs: the menu's effects have run (scrolling the current
    // entry into view once moved the first Tab's starting point past the skip link).
    await page.goto("/dashboard", { waitUntil: "networkidle" });
    const skip = page.getByRole("link", { name: "Skip to content" });
    await page.keyboard.press("Tab");
    await expectFocusRing(skip);
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    const main = page.getByRole("main");
    await expect(main).toBeFocused();
    await page.keyboard.press("Tab");
    expect(await focusWithin(main)).toBe(true);

    // The menu: Shift+Tab back to it, Enter follows a link, which then marks the current page.
    const menu = page.getByRole("navigation", { name: "Main navigation" });
    const catalog = menu.getByRole("link", { name: "Catalog" });
    await tabTo(page, catalog, { backwards: true });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/catalog$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(catalog).toHaveAttribute("aria-current", "page");
    await expect(catalog).toBeFocused();

    // The account menu: Enter opens it with the focus inside, arrows move, Enter picks; the focus returns
    // to the menu's button when it closes.
    const account = page.getByRole("button", { name: "Account menu" });
    await tabTo(page, account);
    await page.keyboard.press("Enter");
    const accountMenu = page.getByRole("menu");
    await expect(accountMenu).toBeVisible();
    await arrowTo(page, accountMenu.getByRole("menuitem", { name: "Dark" }));
    await page.keyboard.press("Enter");
    await expect(accountMenu).toHaveCount(0);
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect(account).toBeFocused();

    // Escape closes it too, the focus back on its button.
    await page.keyboard.press("Enter");
    await expect(accountMenu).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(accountMenu).toHaveCount(0);
    await expectFocusRing(account);

    await page.keyboard.press("Enter");
    await arrowTo(page, accountMenu.getByRole("menuitemcheckbox", { name: "Português (Brasil)" }));
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
    const conta = page.getByRole("button", { name: "Menu da conta" });
    await expect(conta).toBeVisible();

    // Sign out: the last item of the menu (End), once the page's requests are done. A request still in
    // flight could bring back a renewed session cookie (next-auth's rolling JWT cookie), but the session
    // is ended on the server (EndedSession), so that cookie opens nothing: /me sends to sign-in.
    await page.waitForLoadState("networkidle");
    if (!(await conta.evaluate((element) => element === document.activeElement))) await tabTo(page, conta);
    await page.keyboard.press("Enter");
    await expect(accountMenu).toBeVisible();
    await page.keyboard.press("End");
    await expect(accountMenu.getByRole("menuitem", { name: "Sair" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/me");
    await expect(page).toHaveURL(/\/sign-in/);
    await context.close();
  });

  test("[keyboard] an admin creates a user from the users page", async ({ adminPage: page }) => {
    const suffix = randomUUID().slice(0, 8);
    const email = `e2e-keyboard-${suffix}@example.test`;
    await page.goto("/users");
    await tabTo(page, page.getByRole("link", { name: "New user" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "New user" })).toBeVisible();

    await tabTo(page, page.getByLabel("Name"));
    await page.keyboard.type(`Keyboard ${suffix}`);
    await tabTo(page, page.getByLabel("E-mail"));
    await page.keyboard.type(email);
    // A closed native select takes its option from the keys typed (the label's first letters).
    const role = page.getByLabel("Role");
    await tabTo(page, role);
    await page.keyboard.type("Auditor");
    await expect(role).toHaveValue("AUDITOR");
    await tabTo(page, page.getByLabel("Initial password"));
    await page.keyboard.type(`Initial-Password-${suffix}`);
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}\?created=1$/);
    await expect(page.getByRole("heading", { level: 1, name: `Keyboard ${suffix}` })).toBeVisible();
  });

  test("[keyboard] an admin creates an API key, copies it, and revokes it; Escape closes the dialogs and the focus returns to their buttons", async ({
    adminPage: page,
  }) => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const name = `e2e keyboard ${randomUUID().slice(0, 8)}`;
    // An older active key, listed below the one created here: where the focus goes after the revoke.
    const db = e2eDb();
    const admin = await db.user.findUniqueOrThrow({ where: { email: demoAdmin.email } });
    const older = { ...generateApiKey(), name: `e2e keyboard neighbour ${randomUUID().slice(0, 8)}` };
    await db.apiKey.create({
      data: {
        name: older.name,
        prefix: older.prefix,
        hash: older.hash,
        scopes: [toDbScope("catalog:read")],
        createdById: admin.id,
      },
    });
    await page.goto("/api-keys");
    const create = page.getByRole("button", { name: "Create API key" }).first();
    // Escape closes the empty form; the focus is back on the button that opened it.
    const dialog = page.getByRole("dialog");
    await expectDialogEscapes(page, create, dialog);

    await page.keyboard.press("Enter");
    await tabTo(page, dialog.getByLabel("Name", { exact: true }));
    await page.keyboard.type(name);
    await tabTo(page, dialog.getByRole("checkbox", { name: "catalog:read" }));
    await page.keyboard.press("Space");
    await expect(dialog.getByRole("checkbox", { name: "catalog:read" })).toBeChecked();
    await tabTo(page, dialog.getByRole("button", { name: "Create key" }));
    await page.keyboard.press("Enter");

    // The secret: shown once, focused; Escape does not lose it; Copy, then the explicit button closes.
    const secret = dialog.getByLabel("API key", { exact: true });
    await expect(dialog.getByText("You will not see this key again.")).toBeVisible();
    await expect(secret).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole("button", { name: "Copy" }));
    await page.keyboard.press("Enter");
    await expect(dialog.getByText("Copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await secret.inputValue());
    await tabTo(page, dialog.getByRole("button", { name: "I have stored the key" }));
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expectFocusRing(create);

    // Revoke: Escape cancels (the focus back on the row's button), Enter on the confirm button revokes.
    const row = page.getByTestId("api-key-row").filter({ hasText: name });
    await expect(row).toContainText("Active");
    const revoke = row.getByRole("button", { name: `Revoke key ${name}` });
    await tabTo(page, revoke);
    await page.keyboard.press("Enter");
    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toContainText(`Revoke “${name}”?`);
    await page.keyboard.press("Escape");
    await expect(confirm).toHaveCount(0);
    await expectFocusRing(revoke);
    await confirmWithKeyboard(page, revoke, "Revoke key");
    await expect(row).toContainText("Revoked");
    // The revoked row has no button left: the focus goes to the Revoke button of the nearest active key
    // below (the older key inserted above, unless another test's key was created between the two).
    const nextActive = row.locator(
      "xpath=following-sibling::tr[.//button[starts-with(@aria-label, 'Revoke key ')]][1]",
    );
    await expectFocusRing(nextActive.getByRole("button", { name: /^Revoke key / }));
  });
});
