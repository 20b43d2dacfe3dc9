// The part of the next-auth configuration that needs no database, shared by proxy.ts and lib/auth.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/generated/prisma/enums";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

export const authConfig = {
  pages: { signIn: "/sign-in" },
  // Herald runs behind its own server (and optionally a reverse proxy) on the operator's host names.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
    // Optimistic redirect only: every page, action and route handler checks the viewer itself.
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      const isPublic =
        pathname === "/sign-in" || pathname.startsWith("/unsubscribe") || pathname.startsWith("/api/");
      return isPublic || Boolean(auth?.user);
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
