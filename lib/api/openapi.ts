import "server-only";
import { z } from "zod";
import { apiScopes, scopeDescription } from "@/lib/api-keys/scopes";
import { errorStatus } from "@/lib/errors";
import { IDEMPOTENCY_HEADER, idempotencyKeySchema } from "@/lib/dispatch/idempotency-key";
import { apiOperations, type ApiOperation } from "./operations";

// The OpenAPI 3.1 document of /api/v1, generated from the operations registry (lib/api/operations)
// and their zod schemas: the schemas that validate a request are the ones that document it. A schema
// given `.meta({ id: "Name" })` becomes the named component #/components/schemas/Name.

export type JsonSchema = { [key: string]: unknown };

export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface HeaderObject {
  description: string;
  /** Always sent with this response (OpenAPI's default is false). */
  required?: boolean;
  schema: JsonSchema;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, HeaderObject>;
  content?: Record<string, { schema: JsonSchema }>;
}

export type Ref = { $ref: string };

export interface OperationObject {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security: Record<string, string[]>[];
  /** The scope an API key needs, or null for public operations (also in `security`, as OpenAPI 3.1 allows). */
  "x-herald-scope": string | null;
  parameters: ParameterObject[];
  requestBody?: { required: true; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, ResponseObject | Ref>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  jsonSchemaDialect: string;
  servers: { url: string; description: string }[];
  tags: { name: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, Partial<Record<ApiOperation["method"], OperationObject>>>;
  components: {
    securitySchemes: Record<
      string,
      { type: "http"; scheme: "bearer"; bearerFormat: string; description: string }
    >;
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
  };
}

export const API_BASE_PATH = "/api/v1";
export const SECURITY_SCHEME = "apiKey";
const DIALECT = "https://json-schema.org/draft/2020-12/schema";

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum([...(Object.keys(errorStatus) as (keyof typeof errorStatus)[]), "INTERNAL"]),
      message: z.string().meta({ description: "For people: what went wrong, in English." }),
      details: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ description: "Field → problems, for invalid parameters or bodies." }),
    }),
  })
  .meta({ id: "Error", description: "The one error shape of the API." });

const errorResponses: Record<number, { name: string; description: string }> = {
  400: {
    name: "BadRequest",
    description: "Invalid parameters or body; `details` names each field's problems.",
  },
  401: { name: "Unauthorized", description: "The API key is missing, malformed, unknown or revoked." },
  403: { name: "Forbidden", description: "The API key lacks the scope this operation needs." },
  404: { name: "NotFound", description: "No such resource." },
  409: { name: "Conflict", description: "The request conflicts with the current state." },
  413: { name: "PayloadTooLarge", description: "The request body is larger than the operation accepts." },
  415: {
    name: "UnsupportedMediaType",
    description: "The request body was not sent as JSON: use `Content-Type: application/json`.",
  },
  422: { name: "Unprocessable", description: "The request is well-formed but cannot be carried out." },
  429: {
    name: "RateLimited",
    description: "Too many requests for this API key; retry after `Retry-After` seconds.",
  },
  500: { name: "Internal", description: "An unexpected error; the message carries a request id." },
};

const seconds = { type: "integer", minimum: 1 };

/**
 * The key's rate-limit standing (lib/api/rate-limit.ts), on every answer to a request counted against
 * an API key: successes, and errors other than 401 and 403 (a refused key is not counted).
 */
function rateLimitHeaders(required: boolean): Record<string, HeaderObject> {
  return {
    "RateLimit-Limit": {
      description: "Requests the API key may make per one-minute window.",
      required,
      schema: { type: "integer", minimum: 1 },
    },
    "RateLimit-Remaining": {
      description: "Requests the API key may still make in the current window, this one counted.",
      required,
      schema: { type: "integer", minimum: 0 },
    },
    "RateLimit-Reset": {
      description: "Seconds until the current window ends and the count starts afresh.",
      required,
      schema: seconds,
    },
  };
}

/** Headers of the shared error responses, by status. */
function errorHeaders(status: string): Record<string, HeaderObject> | undefined {
  if (status === "401" || status === "403") return undefined;
  if (status === "429") {
    return {
      "Retry-After": {
        description: "Seconds until the key's window resets.",
        required: true,
        schema: seconds,
      },
      ...rateLimitHeaders(true),
    };
  }
  return rateLimitHeaders(false);
}

/**
 * Collects named schemas into components.schemas while converting. Output (response) schemas are
 * converted first; a named schema whose input form (bodies, parameters) reads differently from its
 * output form — defaults, transforms — is kept beside it as "<Name>Input". Two different schemas
 * under one name are refused.
 */
class SchemaCollector {
  readonly schemas: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const {
      $schema: _dialect,
      $defs,
      ...root
    } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
    const definitions = ($defs ?? {}) as Record<string, JsonSchema>;
    const names = new Map(Object.keys(definitions).map((name) => [name, name]));
    // Renaming one definition changes the refs of those that use it, so repeat until nothing moves.
    for (let changed = true; changed;) {
      changed = false;
      for (const [name, definition] of Object.entries(definitions)) {
        const target = names.get(name) ?? name;
        const existing = this.schemas[target];
        if (!existing || sameJson(existing, rewriteRefs(definition, names))) continue;
        if (io === "input" && target === name) {
          names.set(name, `${name}Input`);
          changed = true;
        } else {
          throw new Error(`Two different schemas are named "${target}" in the OpenAPI document`);
        }
      }
    }
    for (const [name, definition] of Object.entries(definitions)) {
      this.schemas[names.get(name) ?? name] = rewriteRefs(definition, names);
    }
    return rewriteRefs(root, names);
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Points zod's local "#/$defs/X" refs at "#/components/schemas/<final name of X>". */
function rewriteRefs<T>(value: T, names: ReadonlyMap<string, string>): T {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, names)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        key === "$ref" && typeof inner === "string"
          ? inner.replace(
              /^#\/\$defs\/(.+)$/,
              (_, name: string) => `#/components/schemas/${names.get(name) ?? name}`,
            )
          : rewriteRefs(inner, names),
      ]),
    ) as T;
  }
  return value;
}

function parameters(
  collector: SchemaCollector,
  schema: z.ZodObject | undefined,
  location: "path" | "query",
): ParameterObject[] {
  if (!schema) return [];
  const json = collector.convert(schema, "input");
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, { description, ...propertySchema }]) => ({
    name,
    in: location,
    required: location === "path" || required.has(name),
    ...(typeof description === "string" ? { description } : {}),
    schema: propertySchema,
  }));
}

/** An optional request header, documented from the schema that validates it. */
function headerParameter(collector: SchemaCollector, name: string, schema: z.ZodType): ParameterObject {
  const { description, ...json } = collector.convert(schema, "input");
  return {
    name,
    in: "header",
    required: false,
    ...(typeof description === "string" ? { description } : {}),
    schema: json,
  };
}

function buildOperation(
  collector: SchemaCollector,
  operation: ApiOperation,
  response: JsonSchema,
): OperationObject {
  const scopeNote = operation.scope
    ? `Requires an API key with the \`${operation.scope}\` scope.`
    : "Public: no API key needed.";
  const success: ResponseObject = {
    description: "Success",
    ...(operation.scope ? { headers: rateLimitHeaders(true) } : {}),
    content: { "application/json": { schema: response } },
  };
  const responses: Record<string, ResponseObject | Ref> = {
    [String(operation.successStatus ?? 200)]: success,
  };
  // Every operation with a body refuses any other Content-Type than JSON (route-core), so says so.
  const statuses = new Set([...operation.errors, ...(operation.body ? [415] : [])]);
  for (const status of [...statuses].sort((a, b) => a - b)) {
    const known = errorResponses[status];
    responses[String(status)] = known
      ? { $ref: `#/components/responses/${known.name}` }
      : {
          description: `Error ${status}`,
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        };
  }
  return {
    operationId: operation.id,
    summary: operation.summary,
    description: [operation.description, scopeNote].filter(Boolean).join("\n\n"),
    tags: [operation.tag],
    security: operation.scope ? [{ [SECURITY_SCHEME]: [operation.scope] }] : [],
    "x-herald-scope": operation.scope,
    parameters: [
      ...parameters(collector, operation.pathParams, "path"),
      ...parameters(collector, operation.query, "query"),
      ...(operation.idempotencyKey
        ? [headerParameter(collector, IDEMPOTENCY_HEADER, idempotencyKeySchema)]
        : []),
    ],
    ...(operation.body
      ? {
          requestBody: {
            required: true as const,
            content: { "application/json": { schema: collector.convert(operation.body, "input") } },
          },
        }
      : {}),
    responses,
  };
}

/** Builds the document. Pure: the same operations always give the same document. */
export function buildOpenApiDocument(operations: readonly ApiOperation[] = apiOperations): OpenApiDocument {
  const collector = new SchemaCollector();
  collector.convert(apiErrorSchema, "output");
  // Every output schema before any input schema: see SchemaCollector.
  const responseSchemas = operations.map((operation) => collector.convert(operation.response, "output"));
  const paths: OpenApiDocument["paths"] = {};
  for (const [index, operation] of operations.entries()) {
    const item = (paths[operation.path] ??= {});
    if (item[operation.method])
      throw new Error(`Two operations for ${operation.method.toUpperCase()} ${operation.path}`);
    item[operation.method] = buildOperation(collector, operation, responseSchemas[index] ?? {});
  }
  const responses: Record<string, ResponseObject> = {};
  for (const [status, { name, description }] of Object.entries(errorResponses)) {
    const headers = errorHeaders(status);
    responses[name] = {
      description,
      ...(headers ? { headers } : {}),
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Herald API",
      version: "1.0.0",
      description:
        "Herald's HTTP API. Authenticate with an API key created under Integrations → API keys: " +
        "`Authorization: Bearer hk_…`. Each key carries scopes; an operation names the scope it needs. " +
        `Scopes: ${apiScopes.map((scope) => `\`${scope}\` (${scopeDescription(scope).replace(/\.$/, "")})`).join("; ")}.`,
    },
    jsonSchemaDialect: DIALECT,
    servers: [{ url: API_BASE_PATH, description: "This Herald server" }],
    tags: [...new Set(operations.map((operation) => operation.tag))].map((name) => ({ name })),
    security: [{ [SECURITY_SCHEME]: [] }],
    paths,
    components: {
      securitySchemes: {
        [SECURITY_SCHEME]: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "hk_<id>_<secret>",
          description:
            "An API key. Herald stores only its SHA-256 hash: a lost key cannot be shown again, only revoked and replaced.",
        },
      },
      schemas: collector.schemas,
      responses,
    },
  };
}

let cached: OpenApiDocument | undefined;

/** The document of the registered operations, built once per process. */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}

/**
 * A copy of `schema` with every local $ref replaced by what it points to, for people to read. A schema
 * that refers to itself (directly or not) is left as a $ref the second time round.
 */
export function inlineRefs(
  schema: unknown,
  document: Pick<OpenApiDocument, "components">,
  seen: readonly string[] = [],
): unknown {
  if (Array.isArray(schema)) return schema.map((item) => inlineRefs(item, document, seen));
  if (!schema || typeof schema !== "object") return schema;
  const { $ref, ...rest } = schema as JsonSchema;
  if (typeof $ref === "string" && !seen.includes($ref)) {
    const target = resolveRef(document, $ref);
    if (target !== undefined)
      return inlineRefs({ ...(target as JsonSchema), ...rest }, document, [...seen, $ref]);
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, inlineRefs(value, document, seen)]),
  );
}

/** What a local JSON pointer (`#/components/…`) names in the document, or undefined. */
export function resolveRef(document: object, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let current: unknown = document;
  for (const segment of ref.slice(2).split("/")) {
    const key = segment.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!current || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
