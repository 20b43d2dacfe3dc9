import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, resolveRef } from "@/lib/api/openapi";
import { subscriptionOperations } from "@/lib/api/operations/subscriptions";

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "$ref" && typeof inner === "string") found.push(inner);
      else refsIn(inner, found);
    }
  }
  return found;
}

describe("subscriptionOperations", () => {
  it("build a valid OpenAPI document: every path, method and $ref", () => {
    const document = buildOpenApiDocument(subscriptionOperations);
    expect(document.paths["/users/{id}/subscriptions"]?.get?.operationId).toBe("getUserSubscriptions");
    expect(document.paths["/users/{id}/subscriptions"]?.put?.operationId).toBe("putUserSubscriptions");
    expect(document.paths["/groups/{id}/subscriptions"]?.put?.operationId).toBe("putGroupSubscriptions");
    expect(document.paths["/catalog/{key}/recipients"]?.get?.operationId).toBe("getTypeRecipients");
    for (const ref of refsIn(document)) expect(resolveRef(document, ref), ref).toBeDefined();
  });
});
