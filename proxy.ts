// Optimistic redirect to /sign-in for visitors without a session cookie. It never authorizes:
// every page, action and route handler checks the viewer and role itself.
import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

export default auth;

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/).*)"],
};
