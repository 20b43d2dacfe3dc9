import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";
import { unsubscribeToken } from "./unsubscribe-token";

test.describe("[unsubscribe]", () => {
  test("[unsubscribe] the page speaks a Portuguese-speaking user's language to an English browser", async ({
    browser,
    createUser,
  }) => {
    const user = await createUser({ locale: "pt-BR" });
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`/unsubscribe/${unsubscribeToken({ kind: "user", id: user.id })}`);

    const card = page.getByTestId("unsubscribe-ready");
    await expect(card).toHaveAttribute("lang", "pt-BR");
    await expect(card.getByRole("heading", { level: 1 })).toHaveText(/^Cancelar a inscrição em “.+”\?$/);
    await expect(page).toHaveTitle(/^Cancelar inscrição/);
    await page.getByRole("button", { name: "Cancelar inscrição" }).click();
    await expect(page.getByTestId("unsubscribe-done")).toContainText("Inscrição cancelada");
    await context.close();
  });

  test("[unsubscribe] the page speaks an English-speaking contact's language to a Portuguese browser", async ({
    browser,
  }) => {
    const contact = await e2eDb().contact.create({
      data: { email: `e2e-${randomUUID().slice(0, 8)}@example.test`, name: "E2E Contact", locale: "en" },
    });
    const context = await browser.newContext({ locale: "pt-BR" });
    const page = await context.newPage();
    await page.goto(`/unsubscribe/${unsubscribeToken({ kind: "contact", id: contact.id })}`);

    const card = page.getByTestId("unsubscribe-ready");
    await expect(card).toHaveAttribute("lang", "en");
    await expect(card.getByRole("heading", { level: 1 })).toHaveText(/^Unsubscribe from “.+”\?$/);
    await expect(page).toHaveTitle(/^Unsubscribe/);
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByTestId("unsubscribe-done")).toContainText("You are unsubscribed");
    await context.close();
  });

  test("[unsubscribe] a link that names nobody falls back to the visitor's language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "pt-BR" });
    const page = await context.newPage();
    await page.goto("/unsubscribe/not-a-token");
    await expect(page.getByTestId("unsubscribe-invalid-malformed")).toContainText("Este link não é válido");
    await context.close();
  });
});
