import { randomUUID } from "node:crypto";
import { toDbScope, type ApiScope } from "@/lib/api-keys/scopes";
import { generateApiKey } from "@/lib/api-keys/secret";
import { demoAdmin } from "@/prisma/seed/demo-data";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";

async function insertKey(scopes: ApiScope[]) {
  const db = e2eDb();
  const admin = await db.user.findUniqueOrThrow({ where: { email: demoAdmin.email }, select: { id: true } });
  const { key, prefix, hash } = generateApiKey();
  await db.apiKey.create({
    data: { name: `e2e api ${prefix}`, prefix, hash, scopes: scopes.map(toDbScope), createdById: admin.id },
  });
  return key;
}

test.describe("[api]", () => {
  test("[api] a request without a key gets 401 JSON, and a key without the scope gets 403", async ({
    request,
  }) => {
    const missing = await request.get("/api/v1/catalog");
    expect(missing.status()).toBe(401);
    expect(missing.headers()["content-type"]).toContain("application/json");
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("UNAUTHORIZED");

    const malformed = await request.get("/api/v1/catalog", { headers: { Authorization: "Bearer nope" } });
    expect(malformed.status()).toBe(401);

    const key = await insertKey(["events:write"]);
    const forbidden = await request.get("/api/v1/catalog", { headers: { Authorization: `Bearer ${key}` } });
    expect(forbidden.status()).toBe(403);
    expect(await forbidden.json()).toEqual({
      error: { code: "FORBIDDEN", message: "This API key lacks the 'catalog:read' scope" },
    });
  });

  test("[api] invalid parameters get 400 with details, an unknown type 404", async ({ request }) => {
    const key = await insertKey(["catalog:read"]);
    const headers = { Authorization: `Bearer ${key}` };
    const invalid = await request.get("/api/v1/catalog?severity=urgent", { headers });
    expect(invalid.status()).toBe(400);
    const body = (await invalid.json()) as { error: { code: string; details: Record<string, string[]> } };
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(Object.keys(body.error.details)).toEqual(["severity"]);
    expect((await request.get("/api/v1/catalog/nope.nothing", { headers })).status()).toBe(404);
  });

  test("[api] the OpenAPI document is public and the reference renders it", async ({
    request,
    auditorPage: page,
  }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/catalog", "/catalog/{key}"]));

    await page.goto("/api-docs");
    await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
    const list = page.getByRole("region", { name: "List notification types" });
    await expect(list).toContainText("/api/v1/catalog");
    await expect(list).toContainText("Scope catalog:read");
    await expect(list.getByRole("cell", { name: "severity", exact: true })).toBeVisible();
    await expect(list).toContainText('-H "Authorization: Bearer $HERALD_API_KEY"');
  });

  test("[api] a USER's direct POST to the API-key action is refused with 403", async ({
    adminPage,
    userPage,
  }) => {
    // The action's id comes from the admin's page: intercept its call and let nothing through.
    await adminPage.goto("/api-keys");
    let actionId: string | undefined;
    let contentType: string | undefined;
    await adminPage.route("**/api-keys", async (route) => {
      const headers = route.request().headers();
      if (route.request().method() === "POST" && headers["next-action"]) {
        actionId = headers["next-action"];
        contentType = headers["content-type"];
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await adminPage.getByRole("button", { name: "Create API key" }).first().click();
    const dialog = adminPage.getByRole("dialog");
    await dialog.getByLabel("Name", { exact: true }).fill("intercepted");
    await dialog.getByRole("checkbox", { name: "catalog:read" }).check();
    await dialog.getByRole("button", { name: "Create key" }).click();
    await expect.poll(() => actionId).toBeTruthy();

    const name = `e2e forbidden ${randomUUID().slice(0, 8)}`;
    const response = await userPage.request.post("/api-keys", {
      headers: {
        "Next-Action": actionId!,
        "Content-Type": contentType ?? "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: new URL(adminPage.url()).origin,
      },
      data: JSON.stringify([{ name, scopes: ["catalog:read", "events:write"] }]),
    });
    expect(response.status()).toBe(403);
    const db = e2eDb();
    expect(await db.apiKey.count({ where: { name } })).toBe(0);
    expect(await db.apiKey.count({ where: { name: "intercepted" } })).toBe(0);
  });
});
