// Runs before every page: an optimistic redirect to /sign-in for visitors without a session (it
// never authorizes: every page, action and route handler checks the viewer and role itself), and
// the page's Content-Security-Policy around a fresh nonce. Next.js finds the nonce in the request's
// CSP header and puts it on its own scripts; the root layout reads x-nonce for next-themes.
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig, isPublicPath } from "@/lib/auth/config";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce, NONCE_HEADER } from "@/lib/security/csp";

const { auth } = NextAuth(authConfig);

/**
 * Whether this is a multipart POST whose body does not parse. Next.js tries every multipart POST to
 * a page as a server action and answers 500 when the body is not multipart at all; the proxy sees
 * the request first and (Next buffers the body for it) can read a copy.
 */
async function unreadableMultipart(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (request.method !== "POST" || !type.startsWith("multipart/form-data")) return false;
  try {
    await request.clone().formData();
    return false;
  } catch {
    return true;
  }
}

export default auth(async (request) => {
  if (!request.auth?.user && !isPublicPath(request.nextUrl.pathname)) {
    const signIn = request.nextUrl.clone();
    signIn.pathname = authConfig.pages.signIn;
    signIn.searchParams.set("callbackUrl", request.nextUrl.href);
    return NextResponse.redirect(signIn);
  }
  if (await unreadableMultipart(request)) {
    return NextResponse.json(
      { error: { code: "BAD_REQUEST", message: "The request body is not valid multipart/form-data" } },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, dev: env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  // Overwrites whatever the client sent under these names.
  headers.set(NONCE_HEADER, nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/).*)"],
};
