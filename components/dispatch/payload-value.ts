// Immutable edits of a payload by path, and empty values for new items, for the generated payload
// form. Pure: tested on its own.
import type { FieldNode } from "@/lib/templates/fields";

export type Path = (string | number)[];

export function getAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A copy of `value` with `next` at `path` (undefined removes an object key). Missing parents are created. */
export function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (typeof head === "number") {
    const list = Array.isArray(value) ? [...(value as unknown[])] : [];
    list[head] = setAt(list[head], rest, next);
    return list;
  }
  const record: Record<string, unknown> =
    value && typeof value === "object" && !Array.isArray(value)
      ? { ...(value as Record<string, unknown>) }
      : {};
  const child = setAt(record[head!], rest, next);
  if (child === undefined) delete record[head!];
  else record[head!] = child;
  return record;
}

/** A copy of the array at `path` without item `index`. */
export function removeAt(value: unknown, path: Path, index: number): unknown {
  const list = getAt(value, path);
  return setAt(value, path, Array.isArray(list) ? list.filter((_, position) => position !== index) : []);
}

/** A fresh value for a node: required children filled in, optional ones left out. */
export function emptyFor(node: FieldNode): unknown {
  if (node.type === "object") {
    const record: Record<string, unknown> = {};
    for (const [key, child] of node.fields) if (!child.optional) record[key] = emptyFor(child);
    return record;
  }
  if (node.type === "array") return [];
  if (node.kind === "enum") return node.values?.[0] ?? "";
  if (node.kind === "boolean") return false;
  if (node.kind === "number") return 0;
  return "";
}

/** `<input type="datetime-local">` value (UTC) for an ISO instant, and back. */
export function toLocalInput(iso: unknown): string {
  if (typeof iso !== "string") return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 19);
}

export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const withSeconds = value.length === 16 ? `${value}:00` : value;
  return `${withSeconds}Z`;
}

/** A dotted path as zod and the JSON editor print it ("rows.0.credential"). */
export function pathKey(path: Path): string {
  return path.map(String).join(".");
}
