// The details an e-mail lists, derived from the payload schema: every single value becomes a labelled
// fact (in schema order), every list of records becomes a table. Links are left to the buttons.
import type { z } from "zod";
import { cachedFieldTree, type FieldNode } from "./fields";
import { fieldLabel } from "./labels";
import { formatNode, isSingleValue, type ValueContext } from "./values";

export interface Fact {
  path: string;
  label: string;
  value: string;
  code: boolean;
}

export interface TableColumn {
  key: string;
  label: string;
  code: boolean;
}

export interface FactTable {
  path: string;
  label: string;
  columns: TableColumn[];
  /** The first `maxRows` rows, formatted. */
  rows: string[][];
  /** How many rows the payload has. */
  total: number;
}

export interface CollectOptions {
  /** Paths (and everything below them) the template shows elsewhere. */
  omit?: readonly string[];
  maxRows?: number;
}

const isCode = (node: FieldNode) => node.type === "leaf" && node.code === true;

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

export function collectFacts(
  schema: z.ZodType,
  payload: unknown,
  context: ValueContext,
  options: CollectOptions = {},
): { facts: Fact[]; tables: FactTable[] } {
  const omit = options.omit ?? [];
  const maxRows = options.maxRows ?? 10;
  const facts: Fact[] = [];
  const tables: FactTable[] = [];
  const label = (path: string) => fieldLabel(context.copy, path) ?? path;

  const walk = (node: FieldNode, value: unknown, path: string) => {
    if (omit.some((skip) => path === skip || path.startsWith(`${skip}.`))) return;
    if (node.type === "leaf" && node.kind === "url") return;
    if (isSingleValue(node)) {
      const text = formatNode(node, value, path, context);
      if (text) facts.push({ path, label: label(path), value: text, code: isCode(node) });
      return;
    }
    if (node.type === "object") {
      const fields = record(value);
      for (const [key, child] of node.fields) walk(child, fields[key], path ? `${path}.${key}` : key);
      return;
    }
    if (node.type === "array" && node.item.type === "object" && Array.isArray(value)) {
      const columns = node.item.fields.filter(
        ([, child]) => !(child.type === "leaf" && child.kind === "url"),
      );
      tables.push({
        path,
        label: label(path),
        columns: columns.map(([key, child]) => ({
          key,
          label: label(`${path}.${key}`),
          code: isCode(child),
        })),
        rows: value
          .slice(0, maxRows)
          .map((row) =>
            columns.map(([key, child]) => formatNode(child, record(row)[key], `${path}.${key}`, context)),
          ),
        total: value.length,
      });
    }
  };

  walk(cachedFieldTree(schema), payload, "");
  return { facts, tables };
}
