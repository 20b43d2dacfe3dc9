import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, resolveRef } from "@/lib/api/openapi";
import { subscriptionOperations } from "@/lib/api/operations/subscriptions";
import { refsIn } from "@/lib/api/testing";

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
