// Text that may never reach PostgreSQL or a mail header: NUL and the other C0 control characters
// (tab, line feed and carriage return excepted) and lone UTF-16 surrogates (no UTF-8 encoding exists
// for them). PostgreSQL refuses NUL in text outright, so letting one through is a 500.
//
// The wrappers (route core, authedAction, authedFormAction, the public actions) and parseSearchParams
// run findUnsafeText over the raw input before any schema, so no feature schema needs to repeat it.
// Pure: no server-only (client code and unit tests use it).

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The common.errors key forms and API details show for such text. */
export const UNSAFE_TEXT_MESSAGE = "invalidCharacters";

export function isSafeText(value: string): boolean {
  return !CONTROL.test(value) && !LONE_SURROGATE.test(value);
}

export interface UnsafeTextIssue {
  /** Dotted path of the offending value ("" for the input itself, "q", "subscriptions.0.typeKey"). */
  path: string;
  message: typeof UNSAFE_TEXT_MESSAGE;
}

/**
 * Every string (and object key) inside `input` that is not safe text, by path. Walks iteratively, so
 * hostile nesting cannot overflow the stack; stops after `limit` issues.
 */
export function findUnsafeText(input: unknown, limit = 20): UnsafeTextIssue[] {
  const issues: UnsafeTextIssue[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: input, path: "" }];
  const seen = new Set<object>();
  while (stack.length > 0 && issues.length < limit) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (!isSafeText(value)) issues.push({ path, message: UNSAFE_TEXT_MESSAGE });
    } else if (value && typeof value === "object" && !seen.has(value)) {
      seen.add(value);
      for (const [key, inner] of Object.entries(value)) {
        const innerPath = path ? `${path}.${key}` : key;
        if (!isSafeText(key)) issues.push({ path: innerPath, message: UNSAFE_TEXT_MESSAGE });
        else stack.push({ value: inner, path: innerPath });
      }
    }
  }
  return issues;
}

/** The issues as field errors (path → messages), the shape forms and the API share. */
export function unsafeTextErrors(input: unknown): Record<string, string[]> | null {
  const issues = findUnsafeText(input);
  if (issues.length === 0) return null;
  const errors: Record<string, string[]> = {};
  for (const issue of issues) (errors[issue.path || "_"] ??= []).push(issue.message);
  return errors;
}
