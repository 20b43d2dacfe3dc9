// The part of the next-auth configuration that needs no database, shared by proxy.ts and lib/auth.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/generated/prisma/enums";
import { env } from "@/lib/env";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day
/**
 * However active, a session ends this long after its sign-in (the cookie above is re-issued on use,
 * so without it a session in use would never end). Also how long a signed-out session is remembered.
 */
export const SESSION_ABSOLUTE_MAX_MS = 24 * 60 * 60 * 1000;

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
        // The session's own id, kept as the cookie is re-issued: signing out ends it (EndedSession).
        token.sid = crypto.randomUUID();
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role;
      session.sessionVersion = token.sessionVersion;
      session.sid = token.sid;
      session.signedInAt = token.signedInAt;
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
    /** Absent in sessions issued before sessions had ids. */
    sid?: string;
    /** Milliseconds since the epoch; absent in sessions issued before it was recorded. */
    signedInAt?: number;
    user: { id: string; role: Role; name?: string | null; email?: string | null };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role: Role;
    sessionVersion: number;
    sid?: string;
    signedInAt?: number;
  }
}
