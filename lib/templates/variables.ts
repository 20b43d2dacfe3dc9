// The {{variable}} syntax of texts, without zod or the payload schemas: the texts editor checks drafts
// with it in the browser against the variable list the page sends (interpolate.ts re-exports these and
// checks against a type's schema on the server).

/** A variable every text may use besides the payload's own: the recipient's name. */
export const RECIPIENT_NAME = "recipient.name";

export const VARIABLE = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

/** The variable paths a text uses, in order of first appearance. */
export function variablesIn(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(VARIABLE), (match) => match[1] ?? ""))];
}

/** Variables of a text that are not among `known` (the paths a type's texts may use). */
export function variablesNotIn(template: string, known: ReadonlySet<string>): string[] {
  return variablesIn(template).filter((path) => path !== RECIPIENT_NAME && !known.has(path));
}

/** Braces that are not part of a well-formed {{variable}}: "{{ name", "}}", "{{a b}}". */
export function hasStrayBraces(template: string): boolean {
  const rest = template.replace(VARIABLE, "");
  return rest.includes("{{") || rest.includes("}}");
}
