// Which routes the hostile-input fuzz (e2e/hostile-input.spec.ts) reaches, and how: every /api/v1
// operation straight from the OpenAPI registry (its path params, query and body schemas turned into
// plausible values mixed with hostile ones), the other routes from explicit lists, and the route
// files on disk, so that a route nobody listed fails the spec instead of going unfuzzed.
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { z } from "zod";
import { type ApiOperation, apiOperations } from "@/lib/api/operations";
import {
  type Probe,
  brokenEscapes,
  hostileBody,
  hostileQuery,
  hostileSegment,
  hostileText,
  hostileValue,
} from "./hostile-input";

export type { Probe };

/** /api/internal routes the session fuzz covers (the spec keys its probes by these). */
export const INTERNAL_ROUTES = [
  "/api/internal/subscriptions/search",
  "/api/internal/subscriptions/{kind}/{id}",
  "/api/internal/subscriptions/{kind}/{id}/preferences",
  "/api/internal/subscriptions/{kind}/{id}/copy",
  "/api/internal/subscriptions/bulk",
  "/api/internal/subscriptions/me",
  "/api/internal/templates/preview",
  "/api/internal/groups/{id}/candidates",
  "/api/internal/history/export",
  "/api/internal/system/listeners",
  "/api/internal/palette",
  "/api/internal/system/dashboard/pdf",
  "/api/internal/system/resources",
  "/api/internal/audit/{id}",
] as const;
export type InternalRoute = (typeof INTERNAL_ROUTES)[number];

/** Routes reached without a session: the webhook, next-auth's handler and the probes. */
export const OPEN_ROUTES = [
  "/api/webhooks/resend",
  "/api/auth/{...nextauth}",
  "/healthz",
  "/readyz",
  "/metrics",
] as const;
export type OpenRoute = (typeof OPEN_ROUTES)[number];

/** Routes fuzzed by a test of their own in the spec. */
export const SEPARATE_ROUTES = ["/unsubscribe/{token}/one-click"] as const;

/** "/api/v1/catalog/{key}" for each registered operation. */
export function registryRoutes(): string[] {
  return apiOperations.map((op) => `/api/v1${op.path}`);
}

/** Every app/**\/route.ts as a pattern: app/api/v1/catalog/[key]/route.ts → /api/v1/catalog/{key}. */
export function routeFiles(appDir = path.resolve("app")): string[] {
  const found: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // Route groups "(name)" and private folders "_name" add no URL segment / no routes.
        if (entry.name.startsWith("_")) continue;
        const segment = entry.name.startsWith("(") ? [] : [entry.name.replace(/^\[(.+)\]$/, "{$1}")];
        walk(path.join(dir, entry.name), [...segments, ...segment]);
      } else if (/^route\.(ts|tsx|js)$/.test(entry.name)) found.push(`/${segments.join("/")}`);
    }
  };
  walk(appDir, []);
  return found.sort();
}

/** Values to try for a parameter or field of this name (ids that exist), besides the schema's own. */
export type Known = Record<string, readonly unknown[]>;

interface Node {
  $ref?: string;
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  anyOf?: Node[];
  oneOf?: Node[];
  allOf?: Node[];
  type?: string | string[];
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: Node;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: boolean | Node;
  $defs?: Record<string, Node>;
}

function jsonSchema(schema: z.ZodType): Node {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Node;
}

/**
 * Values shaped by a JSON Schema node. `mix` swaps some fields and strings for hostile ones, so a
 * body is sometimes valid (gets into the handler) and sometimes wrong in one spot deep inside.
 */
function fromSchema(
  node: Node,
  defs: Record<string, Node>,
  known: Known,
  name: string,
  mix: boolean,
  depth = 0,
): fc.Arbitrary<unknown> {
  const inner = (child: Node, childName: string) => fromSchema(child, defs, known, childName, mix, depth + 1);
  const plain = (): fc.Arbitrary<unknown> => {
    if (depth > 8) return hostileValue;
    if (node.$ref) return inner(defs[node.$ref.replace("#/$defs/", "")] ?? {}, name);
    if (node.const !== undefined) return fc.constant(node.const);
    if (node.enum?.length) return fc.constantFrom(...node.enum);
    const variants = node.anyOf ?? node.oneOf ?? node.allOf;
    if (variants?.length) return fc.oneof(...variants.map((variant) => inner(variant, name)));
    const type = Array.isArray(node.type) ? node.type.find((t) => t !== "null") : node.type;
    const examples = node.examples?.length ? [fc.constantFrom(...node.examples)] : [];
    switch (type) {
      case "string": {
        if (node.format === "uuid") return fc.uuid({ version: 7 });
        if (node.format === "date-time")
          return fc
            .date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true })
            .map((d) => d.toISOString());
        if (node.format === "date") return fc.constantFrom("2026-12-01", "2026-02-30", "1999-01-01");
        if (node.format === "email") return fc.constantFrom("fuzz@bank.example", "a@b");
        const text = fc.string({
          minLength: node.minLength ?? 0,
          maxLength: Math.min(node.maxLength ?? 20, 20),
        });
        return fc.oneof(...examples, text);
      }
      case "integer":
      case "number": {
        const min = Math.max(node.minimum ?? -10, -1e6);
        return fc.oneof(
          ...examples,
          fc.integer({ min, max: Math.max(min, Math.min(node.maximum ?? 1_000, 1e6)) }),
        );
      }
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      case "array": {
        const maxLength = Math.min(node.maxItems ?? 3, 3);
        return fc.array(node.items ? inner(node.items, name) : hostileValue, {
          minLength: Math.min(node.minItems ?? 0, maxLength),
          maxLength,
        });
      }
      case "object": {
        const properties = Object.entries(node.properties ?? {});
        if (!properties.length)
          return fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 3 });
        return fc.record(Object.fromEntries(properties.map(([key, child]) => [key, inner(child, key)])), {
          requiredKeys: node.required ?? [],
        });
      }
      default:
        return hostileValue;
    }
  };
  const knownValues = known[name]?.length ? [fc.constantFrom(...known[name])] : [];
  const plausible = fc.oneof(...knownValues, plain());
  if (!mix) return plausible;
  return fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: hostileValue });
}

const encoded = (value: unknown) =>
  encodeURIComponent((typeof value === "string" ? value : (JSON.stringify(value) ?? "")).toWellFormed());

/** A value for one path parameter: a plausible one (encoded) or a hostile segment. */
function pathValue(schema: Node, name: string, known: Known): fc.Arbitrary<string> {
  const plausible = fromSchema(schema.properties?.[name] ?? {}, schema.$defs ?? {}, known, name, false);
  return fc.oneof(
    { weight: 3, arbitrary: plausible.map(encoded).map((s) => (s === "" || /^\.{1,2}$/.test(s) ? "x" : s)) },
    { weight: 2, arbitrary: hostileSegment },
  );
}

/** A query string from a schema: plausible values, hostile ones, broken escapes and unknown names. */
export function schemaQuery(schema: z.ZodObject | undefined, known: Known = {}): fc.Arbitrary<string> {
  const node = schema ? jsonSchema(schema) : {};
  const names = Object.keys(node.properties ?? {});
  const value = (name: string) =>
    fc.oneof(
      {
        weight: 3,
        arbitrary: fromSchema(node.properties?.[name] ?? {}, node.$defs ?? {}, known, name, false).map(
          encoded,
        ),
      },
      {
        weight: 2,
        arbitrary: hostileText.map((text) => encodeURIComponent(text.toWellFormed()).slice(0, 2_000)),
      },
      { weight: 1, arbitrary: fc.constantFrom(...brokenEscapes) },
    );
  const plausible = fc.record(Object.fromEntries(names.map((name) => [name, value(name)])), {
    requiredKeys: [],
  });
  return fc
    .tuple(
      plausible,
      fc.oneof(
        { weight: 3, arbitrary: fc.constant("") },
        { weight: 1, arbitrary: hostileQuery(names.length ? names : ["q"]) },
      ),
    )
    .map(([pairs, extra]) => {
      const own = Object.entries(pairs).map(([name, v]) => `${name}=${v}`);
      const rest = extra.replace(/^\?/, "");
      const all = [...own, ...(rest ? [rest] : [])].join("&");
      return all ? `?${all}` : "";
    });
}

/** A request body from a schema: the shape with plausible or hostile fields, or any hostileBody. */
export function schemaBody(schema: z.ZodType, known: Known = {}): fc.Arbitrary<string> {
  const node = jsonSchema(schema);
  const defs = node.$defs ?? {};
  const shape = fc
    .oneof(fromSchema(node, defs, known, "", false), fromSchema(node, defs, known, "", true))
    .map((body) => body as Record<string, unknown>);
  return hostileBody(shape);
}

/** Probes for one registered operation: every path param, query param and body field fuzzed. */
export function operationProbes(op: ApiOperation, known: Known): fc.Arbitrary<Probe> {
  const params = op.pathParams ? jsonSchema(op.pathParams) : {};
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "");
  const segments: fc.Arbitrary<string[]> = names.length
    ? fc.tuple(...names.map((name) => pathValue(params, name, known)))
    : fc.constant([]);
  const body: fc.Arbitrary<string | undefined> = op.body
    ? schemaBody(op.body, known)
    : fc.constant(undefined);
  return fc.tuple(segments, schemaQuery(op.query, known), body).map(([values, query, data]) => {
    let route = op.path;
    names.forEach((name, i) => (route = route.replace(`{${name}}`, values[i] ?? "")));
    return {
      method: op.method.toUpperCase() as Probe["method"],
      path: `/api/v1${route}${query}`,
      ...(data !== undefined ? { body: data } : {}),
    };
  });
}
