// Before/after of an audit entry as rows of changed fields. Nested objects are flattened to dotted
// paths ("address.city"); arrays and other values are compared whole. Pure, so it runs anywhere.
export type DiffKind = "added" | "removed" | "changed" | "unchanged";

export interface DiffRow {
  /** Dotted path of the field; "" when the whole value is not an object. */
  path: string;
  kind: DiffKind;
  before?: unknown;
  after?: unknown;
}

type Flat = Map<string, unknown>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function flatten(value: unknown, prefix = "", into: Flat = new Map()): Flat {
  if (value === undefined || value === null) {
    if (prefix) into.set(prefix, value);
    return into;
  }
  if (!isPlainObject(value)) {
    into.set(prefix, value);
    return into;
  }
  const entries = Object.entries(value);
  if (entries.length === 0 && prefix) into.set(prefix, value);
  for (const [key, inner] of entries) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields of `before` and `after`, each marked added, removed, changed or unchanged, in first-seen order. */
export function diffValues(before: unknown, after: unknown): DiffRow[] {
  const left = flatten(before);
  const right = flatten(after);
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  return paths.map((path): DiffRow => {
    const inBefore = left.has(path);
    const inAfter = right.has(path);
    if (!inBefore) return { path, kind: "added", after: right.get(path) };
    if (!inAfter) return { path, kind: "removed", before: left.get(path) };
    const kind = same(left.get(path), right.get(path)) ? "unchanged" : "changed";
    return { path, kind, before: left.get(path), after: right.get(path) };
  });
}

/** A value as people read it: strings as they are, anything else as compact JSON. */
export function displayValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  return JSON.stringify(value);
}
