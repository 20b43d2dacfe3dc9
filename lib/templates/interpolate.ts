// {{variable}} texts: the default subjects and summaries and the administrators' overrides. Values
// are formatted for the reader (dates in their zone, units, enum labels); a missing value is "".
// The result is plain text: HTML escaping is the renderer's job (React), never this module's.
import type { z } from "zod";
import type { TemplateCopy } from "./copy/types";
import { readPath, variableMap, type Variable } from "./fields";
import type { Formatter } from "./format";
import { formatLeaf } from "./values";
import { RECIPIENT_NAME, VARIABLE, variablesNotIn } from "./variables";

export { hasStrayBraces, RECIPIENT_NAME, variablesIn } from "./variables";

export interface InterpolationContext {
  schema: z.ZodType;
  payload: unknown;
  copy: TemplateCopy;
  format: Formatter;
  /** The recipient's name, or the placeholder token of a prepared render. */
  recipientName: string;
}

function formatVariable(variable: Variable, value: unknown, context: InterpolationContext): string {
  if (variable.kind === "count") return typeof value === "number" ? context.format.number(value) : "";
  return formatLeaf(
    { type: "leaf", kind: variable.kind, unit: variable.unit, optional: true },
    value,
    variable.path,
    context,
  );
}

export function interpolate(template: string, context: InterpolationContext): string {
  const variables = variableMap(context.schema);
  return template.replace(VARIABLE, (_match, path: string) => {
    if (path === RECIPIENT_NAME) return context.recipientName;
    const variable = variables.get(path);
    if (!variable) return "";
    return formatVariable(variable, readPath(context.payload, path), context);
  });
}

/** Variables the type's payload does not have (the recipient's name is always known). */
export function unknownVariables(template: string, schema: z.ZodType): string[] {
  return variablesNotIn(template, new Set(variableMap(schema).keys()));
}

/** One line: newlines and runs of spaces become one space (subjects are mail headers). */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
