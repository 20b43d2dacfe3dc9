import { randomUUID } from "node:crypto";
import { toDbScope, type ApiScope } from "@/lib/api-keys/scopes";
import { generateApiKey } from "@/lib/api-keys/secret";
import { demoAdmin } from "@/prisma/seed/demo-data";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";

const KEY_PATTERN = /^hk_[A-Za-z0-9]{10}_[A-Za-z0-9_-]{43}$/;

/** A key inserted straight into the e2e database (as the service does: only the hash is stored). */
async function insertKey(scopes: ApiScope[]) {
  const db = e2eDb();
  const admin = await db.user.findUniqueOrThrow({ where: { email: demoAdmin.email }, select: { id: true } });
  const { key, prefix, hash } = generateApiKey();
  const name = `e2e revoke ${randomUUID().slice(0, 8)}`;
  await db.apiKey.create({
    data: { name, prefix, hash, scopes: scopes.map(toDbScope), createdById: admin.id },
  });
  return { key, prefix, name };
}

test.describe("[api-keys]", () => {
  test("[api-keys] an admin creates a key, sees the secret once, and it reads the catalog", async ({
    adminPage: page,
    request,
  }) => {
    const name = `e2e key ${randomUUID().slice(0, 8)}`;
    await page.goto("/api-keys");
    await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
    await page.getByRole("button", { name: "Create API key" }).first().click();

    const dialog = page.getByRole("dialog");
    // Without a scope the form refuses, and says why.
    await dialog.getByLabel("Name", { exact: true }).fill(name);
    await dialog.getByRole("button", { name: "Create key" }).click();
    await expect(dialog.getByText("Choose at least one scope")).toBeVisible();

    await dialog.getByRole("checkbox", { name: "catalog:read" }).check();
    await dialog.getByRole("button", { name: "Create key" }).click();
    await expect(dialog.getByText("You will not see this key again.")).toBeVisible();
    const key = await dialog.getByLabel("API key", { exact: true }).inputValue();
    expect(key).toMatch(KEY_PATTERN);
    const prefix = key.slice(0, 13);
    const secret = key.slice(14);

    await dialog.getByRole("button", { name: "I have stored the key" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);

    // Listed by its prefix; the secret is nowhere on the page, now or after a reload.
    const row = page.getByTestId("api-key-row").filter({ hasText: name });
    await expect(row).toContainText(prefix);
    await expect(row).toContainText("catalog:read");
    await expect(row).toContainText("Active");
    await expect(row).toContainText("Never");
    await page.reload();
    expect(await page.content()).not.toContain(secret);

    const response = await request.get("/api/v1/catalog?category=certificates&locale=pt-BR", {
      headers: { Authorization: `Bearer ${key}` },
    });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      data: { key: string; category: { key: string } }[];
      categories: unknown[];
    };
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((type) => type.category.key === "certificates")).toBe(true);
    expect(body.categories).toHaveLength(14);

    const one = await request.get("/api/v1/catalog/certificates.revocation", {
      headers: { Authorization: `Bearer ${key}` },
    });
    expect(one.status()).toBe(200);

    await page.reload();
    await expect(page.getByTestId("api-key-row").filter({ hasText: name })).not.toContainText("Never");
  });

  test("[api-keys] a revoked key is refused", async ({ adminPage: page, request }) => {
    const { key, name } = await insertKey(["catalog:read"]);
    const auth = { Authorization: `Bearer ${key}` };
    expect((await request.get("/api/v1/catalog", { headers: auth })).status()).toBe(200);

    await page.goto("/api-keys");
    const row = page.getByTestId("api-key-row").filter({ hasText: name });
    await row.getByRole("button", { name: `Revoke key ${name}` }).click();
    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toContainText(`Revoke “${name}”?`);
    await confirm.getByRole("button", { name: "Revoke key" }).click();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    await expect(row).toContainText("Revoked");
    await expect(row.getByRole("button", { name: /revoke/i })).toHaveCount(0);

    const refused = await request.get("/api/v1/catalog", { headers: auth });
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toEqual({
      error: { code: "UNAUTHORIZED", message: "This API key has been revoked" },
    });
  });

  test("[api-keys] an auditor sees the keys but cannot create or revoke them", async ({
    auditorPage: page,
  }) => {
    const { name } = await insertKey(["catalog:read"]);
    await page.goto("/api-keys");
    await expect(page.getByTestId("api-key-row").filter({ hasText: name })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create API key" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Revoke/ })).toHaveCount(0);
  });
});
