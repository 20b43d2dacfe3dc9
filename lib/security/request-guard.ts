// Checks Herald's own Node server (scripts/server.ts) makes before Next.js sees a request. Pure
// functions of the raw request line and headers, without "server-only": scripts/server.ts imports
// them outside Next's bundler.

/** Request headers as Node's http module hands them over. */
export type RawHeaders = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The path of a request target: origin-form (`/a?b`) or absolute-form (`http://host/a?b`). */
export function requestPath(target: string): string {
  const withoutAuthority = target.startsWith("/")
    ? target
    : target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "");
  return withoutAuthority.split(/[?#]/, 1)[0] ?? "";
}

/**
 * Why a request target's path cannot be served, or null when it can. Every segment must decode as
 * UTF-8 percent-encoding (`%zz`, a cut `%E2%82`, an encoded lone surrogate are refused) and none may
 * hold NUL: Next.js answers such paths with a bare 500 before any page or route could check them.
 */
export function malformedPathReason(target: string): string | null {
  for (const segment of requestPath(target).split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "The request path is not valid percent-encoded UTF-8";
    }
    if (decoded.includes("\0")) return "The request path contains a NUL byte";
  }
  return null;
}

/** Paths whose callers are programs expecting JSON: the API, and RFC 8058 one-click unsubscribes. */
export function isApiPath(target: string): boolean {
  const path = requestPath(target);
  return path === "/api" || path.startsWith("/api/") || /^\/unsubscribe\/[^/]*\/one-click\/?$/.test(path);
}

/**
 * Why a server-action POST must be refused as cross-site, or null. It mirrors the check Next.js
 * makes (the Origin's host against the first X-Forwarded-Host, else Host), which Next answers with a
 * 500 after logging a CSRF warning; Herald answers 403 before Next runs anything. A request without
 * Origin passes, as in Next: browsers always send it with a POST, so its absence is no CSRF.
 */
export function crossOriginActionReason(method: string | undefined, headers: RawHeaders): string | null {
  if (method !== "POST" || headers["next-action"] === undefined) return null;
  const origin = first(headers.origin);
  if (origin === undefined) return null;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return "The Origin header is not a URL";
  }
  const forwardedHost = first(headers["x-forwarded-host"])?.split(",")[0]?.trim();
  const host = forwardedHost || first(headers.host);
  if (!host || originHost !== host) return "Server actions only accept requests from Herald's own pages";
  return null;
}

/**
 * Whether the browser reached Herald over https: the configured public address is https, or a
 * trusted reverse proxy says so (X-Forwarded-Proto is the client's to forge without TRUST_PROXY).
 */
export function servedOverHttps(appUrl: string, trustProxy: boolean, headers: RawHeaders): boolean {
  if (appUrl.startsWith("https:")) return true;
  const proto = first(headers["x-forwarded-proto"])?.split(",")[0]?.trim().toLowerCase();
  return trustProxy && proto === "https";
}

/** Two years, every subdomain: what hstspreload.org asks for; sent only over https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
