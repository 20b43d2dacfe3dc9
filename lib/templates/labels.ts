// Labels of facts, enum values and variables in one language, looked up by the field's path.
import type { TemplateCopy } from "./copy/types";
import type { Variable } from "./fields";

/** Path without array indexes: "rows.0.credential" → "rows.credential". */
function normalize(path: string): string[] {
  return path.split(".").filter((segment) => !/^\d+$/.test(segment));
}

/** The most specific label: the whole path, then the last two segments, then the last one. */
export function fieldLabel(copy: TemplateCopy, path: string): string | undefined {
  const segments = normalize(path);
  for (let start = 0; start < segments.length; start++) {
    const label = copy.fields[segments.slice(start).join(".")];
    if (label !== undefined) return label;
  }
  return undefined;
}

export function valueLabel(copy: TemplateCopy, path: string, value: string): string {
  const field = normalize(path).at(-1) ?? "";
  return copy.values[field]?.[value] ?? value;
}

/** "Requested by › Name" for a leaf of a composite; the field's own label otherwise. */
export function variableLabel(copy: TemplateCopy, variable: Variable): string | undefined {
  if (variable.kind === "count") {
    const list = fieldLabel(copy, variable.path.slice(0, -".count".length));
    return list === undefined ? undefined : `${list} › ${copy.fields.count ?? "count"}`;
  }
  if (variable.parentDisplay) {
    const segments = variable.path.split(".");
    const parent = fieldLabel(copy, segments.slice(0, -1).join("."));
    const leaf = copy.fields[segments.at(-1) ?? ""];
    return parent === undefined || leaf === undefined ? undefined : `${parent} › ${leaf}`;
  }
  return fieldLabel(copy, variable.path);
}
