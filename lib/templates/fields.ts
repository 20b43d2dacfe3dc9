// Reads a payload schema as a tree of fields, so templates, the interpolation of texts and the
// variable picker all derive what they need (kinds, units, composite facts) from the one schema.
// Pure: runs in the browser too.
import { z } from "zod";
import type { DisplayKind, FieldUnit } from "./payloads/blocks";

export type LeafKind = "text" | "number" | "datetime" | "url" | "enum" | "boolean";

export type FieldNode =
  | {
      type: "leaf";
      kind: LeafKind;
      unit?: FieldUnit;
      code?: boolean;
      values?: readonly string[];
      optional: boolean;
    }
  | { type: "object"; display?: DisplayKind; fields: [string, FieldNode][]; optional: boolean }
  | { type: "array"; item: FieldNode; optional: boolean };

interface Meta {
  "x-unit"?: FieldUnit;
  "x-display"?: DisplayKind;
  "x-code"?: boolean;
}

function metaOf(schema: z.ZodType): Meta {
  return (schema.meta() ?? {}) as Meta;
}

/** The field tree of a schema. Optional wrappers are folded into `optional`. */
export function fieldTree(schema: z.ZodType, optional = false): FieldNode {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return fieldTree(schema.unwrap() as z.ZodType, true);
  }
  if (schema instanceof z.ZodObject) {
    const fields = Object.entries(schema.shape).map(([key, child]): [string, FieldNode] => [
      key,
      fieldTree(child as z.ZodType),
    ]);
    return { type: "object", display: metaOf(schema)["x-display"], fields, optional };
  }
  if (schema instanceof z.ZodArray)
    return { type: "array", item: fieldTree(schema.element as z.ZodType), optional };
  if (schema instanceof z.ZodEnum)
    return { type: "leaf", kind: "enum", values: schema.options.map(String), optional };
  if (schema instanceof z.ZodBoolean) return { type: "leaf", kind: "boolean", optional };
  if (schema instanceof z.ZodNumber)
    return { type: "leaf", kind: "number", unit: metaOf(schema)["x-unit"], optional };
  if (schema instanceof z.ZodISODateTime) return { type: "leaf", kind: "datetime", optional };
  if (schema instanceof z.ZodURL) return { type: "leaf", kind: "url", optional };
  // Strings and anything else (IP unions) read as text.
  return { type: "leaf", kind: "text", code: metaOf(schema)["x-code"], optional };
}

const trees = new WeakMap<z.ZodType, FieldNode>();

export function cachedFieldTree(schema: z.ZodType): FieldNode {
  let tree = trees.get(schema);
  if (!tree) {
    tree = fieldTree(schema);
    trees.set(schema, tree);
  }
  return tree;
}

export interface Variable {
  /** Dotted path used in texts: {{request.requester.name}}. */
  path: string;
  kind: LeafKind | "count";
  unit?: FieldUnit;
  values?: readonly string[];
  /** The parent object's composite display, if any ("person" for request.requester.name). */
  parentDisplay?: DisplayKind;
}

/**
 * The variables a text may use: every scalar leaf outside arrays (links excluded: they render as
 * buttons, not text), plus `<array>.count` for every array outside arrays.
 */
export function variablesOf(schema: z.ZodType): Variable[] {
  const result: Variable[] = [];
  const walk = (node: FieldNode, path: string[], parentDisplay?: DisplayKind) => {
    if (node.type === "object") {
      for (const [key, child] of node.fields) walk(child, [...path, key], node.display);
    } else if (node.type === "array") {
      result.push({ path: [...path, "count"].join("."), kind: "count" });
    } else if (node.kind !== "url") {
      result.push({
        path: path.join("."),
        kind: node.kind,
        unit: node.unit,
        values: node.values,
        parentDisplay,
      });
    }
  };
  walk(cachedFieldTree(schema), []);
  return result;
}

const variableMaps = new WeakMap<z.ZodType, Map<string, Variable>>();

export function variableMap(schema: z.ZodType): Map<string, Variable> {
  let map = variableMaps.get(schema);
  if (!map) {
    map = new Map(variablesOf(schema).map((variable) => [variable.path, variable]));
    variableMaps.set(schema, map);
  }
  return map;
}

/** Reads a dotted path from a payload; `<array>.count` is the array's length. */
export function readPath(payload: unknown, path: string): unknown {
  let value: unknown = payload;
  const segments = path.split(".");
  for (const [index, segment] of segments.entries()) {
    if (Array.isArray(value) && segment === "count" && index === segments.length - 1) return value.length;
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
