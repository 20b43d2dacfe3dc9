// Pure helpers that turn parts of the OpenAPI document into what the reference page shows.
import type { JsonSchema, OperationObject, ParameterObject } from "@/lib/api/openapi";

function firstExample(schema: JsonSchema): string | undefined {
  const examples = schema.examples;
  return Array.isArray(examples) && examples.length > 0 ? String(examples[0]) : undefined;
}

/** A copy-pasteable curl command: example path values, the first query example, the key from $HERALD_API_KEY. */
export function curlExample(
  origin: string,
  basePath: string,
  path: string,
  method: string,
  operation: OperationObject,
): string {
  const byName = new Map(
    operation.parameters.map((parameter) => [`${parameter.in}:${parameter.name}`, parameter]),
  );
  const resolvedPath = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = byName.get(`path:${name}`);
    return encodeURIComponent((parameter && firstExample(parameter.schema)) ?? `<${name}>`);
  });
  const queryParameter = operation.parameters.find(
    (parameter) => parameter.in === "query" && firstExample(parameter.schema),
  );
  const query = queryParameter
    ? `?${new URLSearchParams({ [queryParameter.name]: firstExample(queryParameter.schema)! })}`
    : "";
  const lines = [
    `curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} "${origin.replace(/\/$/, "")}${basePath}${resolvedPath}${query}"`,
  ];
  if (operation["x-herald-scope"]) lines.push(`  -H "Authorization: Bearer $HERALD_API_KEY"`);
  if (operation.requestBody) lines.push(`  -H "Content-Type: application/json"`, `  -d @request.json`);
  return lines.join(" \\\n");
}

/** The type column of a parameter: "string", "integer", "array of string"; enums list their values separately. */
export function schemaType(schema: JsonSchema): string {
  const type = Array.isArray(schema.type)
    ? schema.type.join(" | ")
    : typeof schema.type === "string"
      ? schema.type
      : "any";
  if (type === "array" && schema.items && typeof schema.items === "object")
    return `array of ${schemaType(schema.items as JsonSchema)}`;
  return typeof schema.format === "string" ? `${type} (${schema.format})` : type;
}

export function enumValues(schema: JsonSchema): string[] {
  return Array.isArray(schema.enum) ? schema.enum.map(String) : [];
}

export function defaultValue(parameter: ParameterObject): string | undefined {
  return parameter.schema.default === undefined ? undefined : String(parameter.schema.default);
}

/** Splits text on `backticks` so code spans can be rendered as <code>. */
export function codeSpans(text: string): { text: string; code: boolean }[] {
  return text
    .split(/(`[^`]+`)/g)
    .filter(Boolean)
    .map((part) =>
      part.startsWith("`") && part.endsWith("`")
        ? { text: part.slice(1, -1), code: true }
        : { text: part, code: false },
    );
}
