// Test-only helpers: a copy of a type's sample with every free-text field replaced by hostile strings.
import { cachedFieldTree, type FieldNode } from "./fields";
import { payloadSchemas, samplePayloads, type TypeKey } from "./payloads";

export const HOSTILE_TEXT = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
];
export const HOSTILE_LINK = "javascript:alert(1)";

/** The sample with hostile text in every string the schema still accepts, and the paths of its links. */
export function hostileInput(typeKey: TypeKey): { payload: unknown; linkPaths: string[] } {
  const payload = structuredClone(samplePayloads[typeKey]) as unknown;
  const linkPaths: string[] = [];
  let counter = 0;
  const walk = (node: FieldNode, value: unknown, path: string, set: (next: unknown) => void) => {
    if (node.type === "leaf") {
      if (node.kind === "url" && value !== undefined && !path.includes(".0.")) linkPaths.push(path);
      if (node.kind === "text" && typeof value === "string")
        set(HOSTILE_TEXT[counter++ % HOSTILE_TEXT.length]);
      return;
    }
    if (node.type === "object" && value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      for (const [key, child] of node.fields)
        walk(child, record[key], path ? `${path}.${key}` : key, (next) => (record[key] = next));
    }
    if (node.type === "array" && Array.isArray(value)) {
      value.forEach((item, index) =>
        walk(node.item, item, `${path}.${index}`, (next) => (value[index] = next)),
      );
    }
  };
  walk(cachedFieldTree(payloadSchemas[typeKey]), payload, "", () => {});
  // Fields with a format (IP addresses) refuse the strings: put their sample values back.
  const sample = samplePayloads[typeKey] as unknown;
  for (const issue of payloadSchemas[typeKey].safeParse(payload).error?.issues ?? []) {
    let target = payload as Record<string | number, unknown>;
    let original = sample as Record<string | number, unknown>;
    for (const segment of issue.path.slice(0, -1)) {
      target = target[segment as string] as Record<string | number, unknown>;
      original = original[segment as string] as Record<string | number, unknown>;
    }
    const last = issue.path.at(-1) as string;
    target[last] = original[last];
  }
  return { payload, linkPaths };
}
