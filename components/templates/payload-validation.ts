// Validates the preview editor's JSON in the browser with the type's own zod schema (the server
// checks again before rendering), and turns zod issues into translated, located messages.
import type { z } from "zod";
import { HTTP_URL_MESSAGE } from "@/lib/templates/payloads/blocks";
import { payloadSchemas, type TypeKey } from "@/lib/templates/payloads";
import { jsonPathLines, lineOf } from "./json-lines";

export interface LocatedIssue {
  path: string;
  line?: number;
  /** Key in templates.payload.codes, with its values; or a raw message when no key fits. */
  key?: string;
  values?: Record<string, string | number>;
  raw: string;
}

export type PayloadCheck =
  | { state: "valid"; payload: unknown; canonical: string }
  | { state: "syntax"; message: string }
  | { state: "invalid"; issues: LocatedIssue[] };

type Issue = z.core.$ZodIssue;

function describe(issue: Issue): Pick<LocatedIssue, "key" | "values"> {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return { key: "required" };
      if (issue.expected === "int") return { key: "integer" };
      return { key: "type", values: { expected: issue.expected } };
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string")
        return minimum <= 1 ? { key: "empty" } : { key: "tooShortText", values: { minimum } };
      if (issue.origin === "array") return { key: "tooFewItems", values: { minimum } };
      return { key: "tooSmall", values: { minimum } };
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      if (issue.origin === "string") return { key: "tooLongText", values: { maximum } };
      if (issue.origin === "array") return { key: "tooManyItems", values: { maximum } };
      return { key: "tooBig", values: { maximum } };
    }
    case "invalid_format":
      if (issue.format === "url" || issue.message === HTTP_URL_MESSAGE) return { key: "url" };
      if (issue.format === "datetime") return { key: "datetime" };
      return {};
    case "invalid_union":
      return { key: "ip" };
    case "invalid_value":
      return { key: "oneOf", values: { values: issue.values.map(String).join(", ") } };
    default:
      return {};
  }
}

/** Parses and validates the editor's text; issues are deduplicated per path and message. */
export function checkPayload(typeKey: TypeKey, text: string): PayloadCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { state: "syntax", message: (error as Error).message };
  }
  const result = payloadSchemas[typeKey].safeParse(data, { reportInput: true });
  if (result.success) return { state: "valid", payload: result.data, canonical: JSON.stringify(result.data) };
  const lines = jsonPathLines(text);
  const seen = new Set<string>();
  const issues: LocatedIssue[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join(".");
    const described = describe(issue);
    const signature = `${path}|${described.key ?? issue.message}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    issues.push({ path, line: lineOf(lines, path), raw: issue.message, ...described });
  }
  return { state: "invalid", issues };
}

export { hashText } from "./hash-text";
