// The callback URLs next-auth accepts: a path on this site, or an absolute http(s) URL (next-auth then
// keeps only same-origin ones). Anything else makes next-auth answer 500 (InvalidCallbackUrl), so the
// /api/auth route refuses it first with a typed 400. Pure: no server-only, unit-tested.

/** True when next-auth would accept `value` as a callbackUrl. */
export function isAcceptableCallbackUrl(value: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//") && !/[\s\\]/.test(value);
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** Field errors for the callbackUrl values of a request's query and form, or null when all are fine. */
export function callbackUrlErrors(values: string[]): Record<string, string[]> | null {
  const bad = values.filter((value) => !isAcceptableCallbackUrl(value));
  return bad.length ? { callbackUrl: ["Must be a path on this site or an http(s) URL"] } : null;
}
