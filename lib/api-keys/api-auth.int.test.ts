import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineOperation } from "@/lib/api/operations";
import { withApi } from "@/lib/api/with-api";
import type { ApiScope } from "./scopes";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { createApiKeySchema } from "./schemas";
import { createApiKey } from "./service";

// withApi as every /api/v1 route sees it: the key's scopes, the error shape, the request id.
async function key(scopes: string[]) {
  const db = testDb();
  const admin = await createUser(db, { role: "ADMIN" });
  const created = await createApiKey(
    db,
    testActor(admin.id),
    createApiKeySchema.parse({ name: "with-api test", scopes }),
  );
  return created.key;
}

// An operation outside the registry, so each test names the scope it needs.
const needing = (scope: ApiScope) =>
  defineOperation({
    id: "test",
    method: "get",
    path: "/x",
    tag: "Test",
    summary: "Test",
    scope,
    response: z.unknown(),
    errors: [],
  });

type Route = (request: NextRequest, route: { params: Promise<Record<string, never>> }) => Promise<Response>;

const call = (handler: Route, bearer: string) =>
  handler(new NextRequest("http://localhost/api/v1/x", { headers: { authorization: `Bearer ${bearer}` } }), {
    params: Promise.resolve({}),
  });

describe("withApi", () => {
  it("hands the handler the key and an API-key actor, and tags the response with a request id", async () => {
    const bearer = await key(["events:write"]);
    const handler = withApi(needing("events:write"), async ({ key: apiKey, actor }) =>
      NextResponse.json({ scopes: apiKey?.scopes, actor: actor.label, actorId: actor.id }),
    );
    const response = await call(handler, bearer);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { scopes: string[]; actor: string; actorId: string | null };
    expect(body).toMatchObject({ scopes: ["events:write"], actorId: null });
    expect(body.actor).toMatch(/^API key with-api test \(hk_[A-Za-z0-9]{10}\)$/);
    expect(response.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("checks the scope the route names", async () => {
    const bearer = await key(["catalog:read"]);
    const handler = withApi(needing("subscriptions:write"), async () => NextResponse.json({}));
    const response = await call(handler, bearer);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  });

  it("turns AppError into its status with details, and anything else into a 500 naming the request", async () => {
    const bearer = await key(["catalog:read"]);
    const invalid = withApi(needing("catalog:read"), async () => {
      throw new AppError("UNPROCESSABLE", "Nope", { field: ["bad"] });
    });
    const rejected = await call(invalid, bearer);
    expect(rejected.status).toBe(422);
    expect(await rejected.json()).toEqual({
      error: { code: "UNPROCESSABLE", message: "Nope", details: { field: ["bad"] } },
    });

    const broken = withApi(needing("catalog:read"), async () => {
      throw new Error("secret internals");
    });
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    const failed = await call(broken, bearer);
    expect(failed.status).toBe(500);
    const error = ((await failed.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe("INTERNAL");
    expect(error.message).not.toContain("secret internals");
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it("refuses a well-formed key whose prefix does not match its secret", async () => {
    const bearer = await key(["catalog:read"]);
    const forged = `hk_${"Z".repeat(10)}${bearer.slice(13)}`;
    const response = await call(
      withApi(needing("catalog:read"), async () => NextResponse.json({})),
      forged,
    );
    expect(response.status).toBe(401);
  });
});
