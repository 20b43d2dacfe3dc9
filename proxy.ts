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

export default auth((request) => {
  if (!request.auth?.user && !isPublicPath(request.nextUrl.pathname)) {
    const signIn = request.nextUrl.clone();
    signIn.pathname = authConfig.pages.signIn;
    signIn.searchParams.set("callbackUrl", request.nextUrl.href);
    return NextResponse.redirect(signIn);
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
