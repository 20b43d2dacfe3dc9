// The part of the next-auth configuration that needs no database, shared by proxy.ts and lib/auth.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/generated/prisma/enums";
import { env } from "@/lib/env";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

/** Pages and routes a visitor without a session may reach (proxy.ts redirects the others). */
export function isPublicPath(pathname: string): boolean {
  return (
    pathname === "/sign-in" ||
    pathname.startsWith("/unsubscribe") ||
    pathname.startsWith("/api/") ||
    // Probes and metrics (load balancers, Prometheus): they check their own access.
    pathname === "/healthz" ||
    pathname === "/readyz" ||
    pathname === "/metrics"
  );
}

export const authConfig = {
  pages: { signIn: "/sign-in" },
  // Herald runs behind its own server (and optionally a reverse proxy) on the operator's host names.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Behind a TLS-terminating proxy the request Next sees is http, so next-auth alone would set the
  // session cookie without `Secure`: an https APP_URL forces it (and the __Secure- cookie prefix).
  // Otherwise next-auth decides per request from the (forwarded) protocol.
  useSecureCookies: env.APP_URL.startsWith("https:") ? true : undefined,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role;
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    sessionVersion: number;
    user: { id: string; role: Role; name?: string | null; email?: string | null };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role: Role;
    sessionVersion: number;
  }
}
