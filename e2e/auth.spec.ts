import { randomInt } from "node:crypto";
import { expect, test } from "./fixtures";

// Each test that fails sign-ins on purpose poses as its own client address (the e2e server trusts
// X-Forwarded-For), so the per-address limit of one test never locks out another.
function freshAddress() {
  return `198.51.${randomInt(0, 255)}.${randomInt(1, 254)}`;
}

test.describe("[auth]", () => {
  test("[auth] an admin signs in and sees every area", async ({ adminPage: page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: /main navigation/i }).first();
    await expect(nav.getByRole("link", { name: "Users" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "API keys" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Audit log" })).toBeVisible();
  });

  test("[auth] an auditor sees the admin areas (API keys read-only) but not dispatch", async ({
    auditorPage: page,
  }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: /main navigation/i }).first();
    await expect(nav.getByRole("link", { name: "Audit log" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Users" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "API keys" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Dispatch" })).toHaveCount(0);
  });

  test("[auth] a USER sees only their own area and is refused admin pages", async ({ userPage: page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/me\/notifications/);
    const nav = page.getByRole("navigation").first();
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
    for (const path of ["/users", "/catalog", "/audit", "/api-keys"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
  });

  test("[auth] a visitor without a session is sent to sign-in", async ({ page }) => {
    await page.goto("/users");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("[auth] wrong passwords get one generic message and the 6th attempt is refused", async ({
    page,
    createUser,
  }) => {
    const user = await createUser();
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": freshAddress() });
    await page.goto("/sign-in");
    const error = page.getByTestId("sign-in-error");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("E-mail").fill(user.email);
      await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(error).toHaveText("Invalid e-mail or password.");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    // Even the right password is refused now.
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(error).toHaveText(/Too many failed attempts\. Try again in 15 minutes\./);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("[auth] an unknown e-mail gets the same message as a wrong password", async ({ page }) => {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": freshAddress() });
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill("nobody@example.test");
    await page.getByLabel("Password").fill("whatever-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Invalid e-mail or password.");
  });

  test("[auth] a user signs out and the session is gone", async ({ browser, createUser, signInAs }) => {
    const user = await createUser();
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, user.email, user.password);
    const signedInCookies = await context.cookies();
    await page.getByTestId("user-menu").click();
    await page.getByTestId("sign-out").click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/me");
    await expect(page).toHaveURL(/\/sign-in/);
    // The session is ended on the server, not only its cookie deleted: the same cookie brought back
    // (as a response already on its way when the user signed out may re-set it) opens nothing.
    await context.addCookies(signedInCookies);
    await page.goto("/me");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("button", { name: /sign in|entrar/i })).toBeVisible();
    await context.close();
  });
});
