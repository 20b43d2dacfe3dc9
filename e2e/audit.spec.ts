import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { e2eDb, seedAuditRows } from "./helpers";

test.describe("[audit]", () => {
  test("[audit] creating an API key appears in the audit log", async ({ adminPage, auditorPage }) => {
    const name = `e2e audited ${randomUUID().slice(0, 8)}`;
    await adminPage.goto("/api-keys");
    await adminPage.getByRole("button", { name: "Create API key" }).first().click();
    const dialog = adminPage.getByRole("dialog");
    await dialog.getByLabel("Name", { exact: true }).fill(name);
    await dialog.getByRole("checkbox", { name: "catalog:read" }).check();
    await dialog.getByRole("button", { name: "Create key" }).click();
    const key = await dialog.getByLabel("API key", { exact: true }).inputValue();
    await dialog.getByRole("button", { name: "I have stored the key" }).click();
    const { id } = await e2eDb().apiKey.findFirstOrThrow({ where: { name }, select: { id: true } });

    // The auditor finds it through the filters.
    const page = auditorPage;
    await page.goto("/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await page.getByLabel("Action starts with").fill("api-key.");
    await page.getByLabel("Target type").selectOption("api-key");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/action=api-key\./);

    const row = page.getByTestId("audit-row").filter({ hasText: id });
    await expect(row).toContainText("api-key.create");
    await expect(row).toContainText("Ana Admin");
    await row.getByRole("button", { name: /^Details/ }).click();

    const details = page.getByRole("dialog");
    await expect(details).toContainText("api-key.create");
    await expect(details.getByRole("row").filter({ hasText: "name" })).toContainText(name);
    await expect(details.getByRole("row").filter({ hasText: "scopes" })).toContainText("catalog:read");
    await expect(details).not.toContainText(key.slice(14));
  });

  test("[audit] older and newer links page through the log by cursor, keeping the filters", async ({
    auditorPage: page,
  }) => {
    const prefix = `e2e-paging-${randomUUID().slice(0, 8)}`;
    const start = Date.UTC(2026, 0, 15, 9, 0, 0);
    await seedAuditRows(prefix, start, { twoPerSecond: true });
    const rows = page.getByTestId("audit-row");
    const pages = page.getByRole("navigation", { name: "Audit log pages" });

    await page.goto(`/audit?action=${prefix}`);
    await expect(rows).toHaveCount(50);
    await expect(rows.first()).toContainText("row-52");
    await pages.getByRole("link", { name: "Older" }).click();
    await expect(page).toHaveURL(new RegExp(`action=${prefix}.*cursor=`));
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText("row-02");
    await expect(rows.nth(2)).toContainText("row-00");
    await pages.getByRole("link", { name: "Newer" }).click();
    await expect(rows).toHaveCount(50);
    await expect(rows.first()).toContainText("row-52");

    await page.goto(`/audit?action=${prefix}&cursor=not-a-cursor`);
    await expect(page.getByText("That page link is not valid")).toBeVisible();
    await expect(rows).toHaveCount(50);
  });

  test("[audit] filters that match nothing say so", async ({ auditorPage: page }) => {
    await page.goto(`/audit?action=${encodeURIComponent(`nothing-${randomUUID()}`)}`);
    await expect(page.getByText("No entries match these filters")).toBeVisible();
  });
});
