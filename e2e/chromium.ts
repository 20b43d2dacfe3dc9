// Debian's Chromium, as the e2e suite, the JavaScript-budget bench and the screenshots script launch it
// (Playwright's own browser download cannot run on these machines), and signing in through the form.
import type { Browser } from "@playwright/test";

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

/** Signs in through the form, as e2e/helpers.ts does, and returns the session's storage state. */
export async function signedInState(browser: Browser, baseURL: string, email: string, password: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/password|senha/i).fill(password);
  await page.getByRole("button", { name: /sign in|entrar/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  const state = await context.storageState();
  await context.close();
  return state;
}
