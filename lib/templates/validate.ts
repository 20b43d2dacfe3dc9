// Payload validation shared by the preview, test sends and (later) the events API: zod issues become
// field errors keyed by JSON path ("request.approvers.0.name").
import { AppError } from "@/lib/errors";
import { payloadSchemas, type Payload, type TypeKey } from "./payloads";

export interface PayloadIssue {
  path: string;
  code: string;
  message: string;
}

export type PayloadResult<K extends TypeKey> =
  { ok: true; payload: Payload<K> } | { ok: false; issues: PayloadIssue[] };

export function validatePayload<K extends TypeKey>(typeKey: K, input: unknown): PayloadResult<K> {
  const parsed = payloadSchemas[typeKey].safeParse(input);
  if (parsed.success) return { ok: true, payload: parsed.data as Payload<K> };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.join("."),
      code: issue.code,
      message: issue.message,
    })),
  };
}

/** The validated payload, or a 400 AppError whose details list the issues by path. */
export function parsePayload<K extends TypeKey>(typeKey: K, input: unknown): Payload<K> {
  const result = validatePayload(typeKey, input);
  if (result.ok) return result.payload;
  const details: Record<string, string[]> = {};
  for (const issue of result.issues)
    (details[`payload${issue.path ? `.${issue.path}` : ""}`] ??= []).push(issue.message);
  throw new AppError("BAD_REQUEST", "The payload does not match the type's schema", details);
}
