import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  buildOpenApiDocument,
  inlineRefs,
  openApiDocument,
  resolveRef,
  type ResponseObject,
} from "./openapi";
import type { ApiOperation } from "./operations/types";
import { refsIn } from "./testing";

describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("is OpenAPI 3.1 with the bearer scheme, the error schema and the catalog paths", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.title).toBeTruthy();
    expect(document.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.components.schemas.Error).toMatchObject({ type: "object", required: ["error"] });
    expect(document.paths["/catalog"]?.get?.operationId).toBe("listCatalog");
    expect(document.paths["/catalog/{key}"]?.get?.operationId).toBe("getCatalogType");
  });

  it("resolves every $ref inside the document", () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref.startsWith("#/"), ref).toBe(true);
      expect(resolveRef(document, ref), ref).toBeDefined();
    }
  });

  it("documents query and path parameters from the zod schemas", () => {
    const list = document.paths["/catalog"]!.get!;
    const names = list.parameters.map((parameter) => parameter.name);
    expect(names).toEqual(["category", "severity", "kind", "mandatory", "q", "locale"]);
    const mandatory = list.parameters.find((parameter) => parameter.name === "mandatory")!;
    expect(mandatory).toMatchObject({ in: "query", required: false, schema: { enum: ["true", "false"] } });
    expect(mandatory.description).toMatch(/mandatory/i);
    const severity = list.parameters.find((parameter) => parameter.name === "severity")!;
    expect(severity.schema.enum).toEqual(["info", "low", "medium", "high", "critical"]);

    const one = document.paths["/catalog/{key}"]!.get!;
    expect(one.parameters[0]).toMatchObject({ name: "key", in: "path", required: true });
  });

  it("names the scope each operation needs and documents its error responses", () => {
    const list = document.paths["/catalog"]!.get!;
    expect(list.security).toEqual([{ apiKey: ["catalog:read"] }]);
    expect(list["x-herald-scope"]).toBe("catalog:read");
    expect(list.responses["401"]).toEqual({ $ref: "#/components/responses/Unauthorized" });
    expect(list.responses["403"]).toEqual({ $ref: "#/components/responses/Forbidden" });
    expect(document.paths["/catalog/{key}"]!.get!.responses["404"]).toEqual({
      $ref: "#/components/responses/NotFound",
    });
  });

  it("documents the RateLimit headers on every answer counted against a key", () => {
    const rateLimit = ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"];
    const success = document.paths["/catalog"]!.get!.responses["200"] as ResponseObject;
    expect(Object.keys(success.headers ?? {})).toEqual(rateLimit);
    for (const name of rateLimit) {
      expect(success.headers![name], name).toMatchObject({ required: true, schema: { type: "integer" } });
    }
    // Public operations count nothing; a refused key (401, 403) is not counted.
    const publicSuccess = document.paths["/openapi.json"]!.get!.responses["200"] as ResponseObject;
    expect(publicSuccess.headers).toBeUndefined();
    const { responses } = document.components;
    expect(responses.Unauthorized?.headers).toBeUndefined();
    expect(responses.Forbidden?.headers).toBeUndefined();
    expect(Object.keys(responses.BadRequest?.headers ?? {})).toEqual(rateLimit);
    expect(responses.BadRequest?.headers?.["RateLimit-Remaining"]?.required).toBe(false);
    expect(Object.keys(responses.RateLimited?.headers ?? {})).toEqual(["Retry-After", ...rateLimit]);
    for (const header of Object.values(responses.RateLimited?.headers ?? {}))
      expect(header.required).toBe(true);
  });

  it("declares Idempotency-Key as a header parameter of exactly the operations that honour it", () => {
    const headers = Object.values(document.paths)
      .flatMap((item) => Object.values(item))
      .flatMap((operation) =>
        operation.parameters
          .filter((parameter) => parameter.in === "header")
          .map((parameter) => [operation.operationId, parameter] as const),
      );
    expect(headers.map(([id]) => id).sort()).toEqual(["createEvent", "createEventBatch"]);
    for (const [id, header] of headers) {
      expect(header, id).toMatchObject({
        name: "Idempotency-Key",
        required: false,
        schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7e]+$" },
      });
      expect(header.description, id).toMatch(/24 hours/);
      // The documented pattern, as a client's validator reads it, takes a UUID and refuses a space.
      const pattern = new RegExp(header.schema.pattern as string);
      expect(pattern.test(crypto.randomUUID())).toBe(true);
      expect(pattern.test("with space")).toBe(false);
    }
  });

  it("turns named schemas into components shared by the operations", () => {
    expect(document.components.schemas.CatalogType).toMatchObject({ type: "object" });
    const list = inlineRefs(document.paths["/catalog"]!.get!.responses["200"], document) as {
      content: {
        "application/json": {
          schema: { properties: { data: { items: { properties: Record<string, unknown> } } } };
        };
      };
    };
    expect(Object.keys(list.content["application/json"].schema.properties.data.items.properties)).toContain(
      "mandatory",
    );
  });

  it("registers new operations by adding entries, including bodies and public operations", () => {
    const extra: ApiOperation = {
      id: "createThing",
      method: "post",
      path: "/things",
      tag: "Things",
      summary: "Create a thing",
      scope: null,
      body: z.object({ name: z.string() }),
      response: z.object({ id: z.string() }),
      successStatus: 201,
      errors: [400, 418],
    };
    const built = buildOpenApiDocument([extra]);
    const operation = built.paths["/things"]!.post!;
    expect(operation.security).toEqual([]);
    expect(operation.requestBody?.content["application/json"]?.schema).toMatchObject({
      type: "object",
      required: ["name"],
    });
    // 415 comes with the body: route-core refuses any other Content-Type than JSON.
    expect(Object.keys(operation.responses)).toEqual(["201", "400", "415", "418"]);
    expect(built.tags).toEqual([{ name: "Things" }]);
  });

  it("keeps a named schema's input form beside its output form when they differ", () => {
    const item = z
      .object({ name: z.string(), mode: z.enum(["A", "B"]).default("A") })
      .meta({ id: "OpenApiTestItem" });
    const operation: ApiOperation = {
      id: "putItem",
      method: "put",
      path: "/items",
      tag: "Items",
      summary: "Replace the item",
      scope: null,
      body: z.object({ items: z.array(item) }),
      response: z.object({ items: z.array(item) }),
      errors: [],
    };
    const built = buildOpenApiDocument([operation]);
    expect(built.components.schemas.OpenApiTestItem?.required).toEqual(["name", "mode"]);
    expect(built.components.schemas.OpenApiTestItemInput?.required).toEqual(["name"]);
    expect(JSON.stringify(built.paths["/items"]?.put?.requestBody)).toContain(
      "#/components/schemas/OpenApiTestItemInput",
    );
    for (const ref of refsIn(built)) expect(resolveRef(built, ref), ref).toBeDefined();
  });

  it("refuses two operations on the same method and path", () => {
    const operation: ApiOperation = {
      id: "a",
      method: "get",
      path: "/a",
      tag: "A",
      summary: "A",
      scope: null,
      response: z.object({}),
      errors: [],
    };
    expect(() => buildOpenApiDocument([operation, { ...operation, id: "b" }])).toThrow(/Two operations/);
  });
});
