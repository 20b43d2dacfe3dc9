import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { catalogOperations } from "@/lib/api/operations/catalog";
import { codeSpans, curlExample, enumValues, schemaType } from "./reference-text";

const document = buildOpenApiDocument(catalogOperations);

describe("curlExample", () => {
  it("fills path parameters with their examples and sends the key from the environment", () => {
    const operation = document.paths["/catalog/{key}"]!.get!;
    expect(curlExample("https://herald.bank.local/", "/api/v1", "/catalog/{key}", "get", operation)).toBe(
      'curl "https://herald.bank.local/api/v1/catalog/certificates.expiration-alert-30d?locale=pt-BR" \\\n' +
        '  -H "Authorization: Bearer $HERALD_API_KEY"',
    );
  });

  it("adds the first query example", () => {
    const operation = document.paths["/catalog"]!.get!;
    expect(curlExample("http://localhost:3000", "/api/v1", "/catalog", "get", operation)).toContain(
      "/api/v1/catalog?category=certificates",
    );
  });
});

describe("text helpers", () => {
  it("describes types and enums", () => {
    expect(schemaType({ type: "string" })).toBe("string");
    expect(schemaType({ type: "array", items: { type: "integer" } })).toBe("array of integer");
    expect(schemaType({ type: "string", format: "uuid" })).toBe("string (uuid)");
    expect(enumValues({ enum: ["a", "b"] })).toEqual(["a", "b"]);
  });

  it("splits code spans", () => {
    expect(codeSpans("Needs `catalog:read` scope")).toEqual([
      { text: "Needs ", code: false },
      { text: "catalog:read", code: true },
      { text: " scope", code: false },
    ]);
  });
});
