// The Content-Security-Policy of every page, built per request around a fresh nonce (proxy.ts).
// Next.js reads the nonce back from the request's CSP header and puts it on its own scripts; the
// root layout hands it (x-nonce) to next-themes' inline script. No "server-only": proxy.ts and the
// unit tests import it; it holds no secret.

/** The request header through which proxy.ts hands the nonce to server components. */
export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64: unguessable, and in the charset a CSP nonce-source allows. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, dev = false }: { nonce: string; dev?: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Only scripts carrying this response's nonce run, and what they load ('strict-dynamic'): no
    // inline handler or injected <script> can. React's development build needs eval for its
    // call-stack reconstruction, so `next dev` alone adds 'unsafe-eval'.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Styles stay 'unsafe-inline' on purpose: React renders `style` attributes (Radix positions its
    // popovers with them), Radix's scroll lock injects a <style> element without a nonce, and the
    // template preview's e-mail HTML (a sandboxed srcdoc frame, which inherits this policy) is
    // styled inline as e-mail must be. A nonce here would make browsers ignore 'unsafe-inline'.
    // CSS cannot run script; the script rules above carry the XSS protection.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    // Herald frames only its own documents: the template preview's srcdoc frame (which inherits
    // this policy, hence the inline styles above). No other site can be framed.
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    // Nobody may frame Herald (clickjacking); X-Frame-Options: DENY says the same to old browsers.
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}
