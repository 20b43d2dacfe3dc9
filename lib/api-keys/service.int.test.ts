import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as listCatalog } from "@/app/api/v1/catalog/route";
import { createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { listApiKeys } from "./queries";
import { createApiKeySchema } from "./schemas";
import { hashApiKey } from "./secret";
import { createApiKey, revokeApiKey } from "./service";

async function adminWithKey(scopes: string[] = ["catalog:read"]) {
  const db = testDb();
  const admin = await createUser(db, { role: "ADMIN" });
  const input = createApiKeySchema.parse({ name: `Key ${admin.id.slice(0, 8)}`, scopes });
  const created = await createApiKey(db, testActor(admin.id), input);
  return { db, admin, ...created };
}

function catalogRequest(key: string) {
  const request = new NextRequest("http://localhost/api/v1/catalog", {
    headers: { authorization: `Bearer ${key}` },
  });
  return listCatalog(request, { params: Promise.resolve({}) });
}

describe("API keys", () => {
  it("stores only the SHA-256 of the key: no column holds the secret", async () => {
    const { db, key, apiKey } = await adminWithKey();
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id }, omit: { hash: false } });
    expect(row.hash).toBe(hashApiKey(key));
    expect(key.startsWith(`${row.prefix}_`)).toBe(true);
    const secret = key.slice(row.prefix.length + 1);
    for (const value of Object.values(row)) expect(JSON.stringify(value) ?? "").not.toContain(secret);
  });

  it("audits the creation without the secret or its hash", async () => {
    const { db, admin, key, apiKey } = await adminWithKey(["catalog:read", "events:write"]);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "api-key.create", targetId: apiKey.id },
    });
    expect(entry).toMatchObject({ actorId: admin.id, targetType: "api-key", before: null });
    expect(entry.after).toEqual({
      name: apiKey.name,
      prefix: apiKey.prefix,
      scopes: ["catalog:read", "events:write"],
    });
    const text = JSON.stringify({ ...entry, id: String(entry.id) });
    expect(text).not.toContain(key.slice(apiKey.prefix.length + 1));
    expect(text).not.toContain(hashApiKey(key));
  });

  it("normalizes scopes and refuses an empty or unknown scope list", () => {
    expect(
      createApiKeySchema.parse({ name: " CI ", scopes: ["deliveries:read", "catalog:read", "catalog:read"] }),
    ).toEqual({
      name: "CI",
      scopes: ["catalog:read", "deliveries:read"],
    });
    expect(createApiKeySchema.parse({ name: "One", scopes: "catalog:read" }).scopes).toEqual([
      "catalog:read",
    ]);
    expect(createApiKeySchema.safeParse({ name: "CI" }).error?.issues[0]?.message).toBe("scopesRequired");
    expect(createApiKeySchema.safeParse({ name: "CI", scopes: ["admin:all"] }).success).toBe(false);
    expect(
      createApiKeySchema.safeParse({ name: "  ", scopes: ["catalog:read"] }).error?.issues[0]?.message,
    ).toBe("required");
  });

  it("lets a key read the catalog until it is revoked, then refuses it with 401", async () => {
    const { db, admin, key, apiKey } = await adminWithKey();
    expect((await catalogRequest(key)).status).toBe(200);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt).not.toBeNull();

    await revokeApiKey(db, testActor(admin.id), apiKey.id);
    const refused = await catalogRequest(key);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({
      error: { code: "UNAUTHORIZED", message: "This API key has been revoked" },
    });

    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "api-key.revoke", targetId: apiKey.id },
    });
    expect(entry.before).toMatchObject({ revokedAt: null });
    expect(entry.after).toMatchObject({ prefix: apiKey.prefix });
  });

  it("revokes once: a second revocation is a conflict and writes no second entry", async () => {
    const { db, admin, apiKey } = await adminWithKey();
    await revokeApiKey(db, testActor(admin.id), apiKey.id);
    await expect(revokeApiKey(db, testActor(admin.id), apiKey.id)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.auditLog.count({ where: { action: "api-key.revoke", targetId: apiKey.id } })).toBe(1);
    await expect(
      revokeApiKey(db, testActor(admin.id), "0190a0a0-0000-7000-8000-000000000000"),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lists keys for administrators and auditors, revoked ones included, never with the hash", async () => {
    const { db, admin, apiKey } = await adminWithKey();
    await revokeApiKey(db, testActor(admin.id), apiKey.id);
    const listed = (await listApiKeys({ role: "AUDITOR" }, {}, db)).find((key) => key.id === apiKey.id);
    expect(listed).toMatchObject({ prefix: apiKey.prefix, createdBy: { id: admin.id } });
    expect(listed?.revokedAt).toBeInstanceOf(Date);
    expect(listed).not.toHaveProperty("hash");
    await expect(listApiKeys({ role: "USER" }, {}, db)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("needs a user behind the creation", async () => {
    const input = createApiKeySchema.parse({ name: "Nobody", scopes: ["catalog:read"] });
    await expect(createApiKey(testDb(), testActor(null), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
