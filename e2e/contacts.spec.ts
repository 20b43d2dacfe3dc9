import { expect, test } from "./fixtures";

test.describe("[contacts]", () => {
  test("[contacts] an auditor reads the contacts but is refused the new-contact page with 403", async ({
    auditorPage: page,
  }) => {
    await page.goto("/contacts");
    await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
    await expect(page.getByRole("link", { name: "New contact" })).toHaveCount(0);
    const response = await page.goto("/contacts/new");
    expect(response?.status()).toBe(403);
  });
});
