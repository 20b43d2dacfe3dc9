import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "./route";

describe("GET /api/v1/openapi.json", () => {
  it("serves the OpenAPI 3.1 document without a key, documenting itself as public", async () => {
    const response = await GET(new NextRequest("http://localhost/api/v1/openapi.json"), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(response.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, { get?: { security: unknown[] } }>;
      components: { securitySchemes: object };
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/catalog", "/catalog/{key}"]));
    expect(document.paths["/openapi.json"]?.get?.security).toEqual([]);
    expect(document.components.securitySchemes).toHaveProperty("apiKey");
  });
});
