import { describe, expect, it } from "vitest";
import { ApiScope } from "@/generated/prisma/enums";
import { apiScopes, fromDbScope, isApiScope, scopeDescription, toDbScope } from "./scopes";

describe("API scopes", () => {
  it("names every scope of the schema's enum once, in its order, as resource:verb", () => {
    expect(apiScopes).toEqual([
      "catalog:read",
      "events:write",
      "subscriptions:read",
      "subscriptions:write",
      "deliveries:read",
      "system:read",
      "metrics:read",
    ]);
    expect(apiScopes.map(toDbScope)).toEqual(Object.values(ApiScope));
    for (const scope of apiScopes) {
      expect(scope).toMatch(/^[a-z]+:(read|write)$/);
      expect(fromDbScope(toDbScope(scope))).toBe(scope);
      expect(scopeDescription(scope)).toMatch(/^[A-Z].+\.$/);
    }
  });

  it("recognizes only public scope names, not the stored identifiers", () => {
    expect(isApiScope("catalog:read")).toBe(true);
    expect(isApiScope("CATALOG_READ")).toBe(false);
    expect(isApiScope("admin:all")).toBe(false);
  });
});
