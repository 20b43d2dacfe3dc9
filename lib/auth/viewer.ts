import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { SESSION_ABSOLUTE_MAX_MS } from "./config";
import { auth } from "./index";
import { pageRoles, type MenuPage } from "./pages";
import { hasRole } from "./roles";

export type Viewer = NonNullable<Awaited<ReturnType<typeof loadViewer>>>;

async function loadViewer() {
  const session = await auth();
  if (!session?.user?.id) return null;
  const { sid } = session;
  const [user, ended] = await Promise.all([
    db.user.findUnique({
      where: { id: session.user.id },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        locale: true,
        timeZone: true,
        digestHour: true,
        sessionVersion: true,
        disabledAt: true,
      },
    }),
    sid ? db.endedSession.findUnique({ where: { id: sid }, select: { id: true } }) : null,
  ]);
  // A disabled user, or one whose role or password changed, loses every session at once; a session
  // its user signed out of stays ended whatever cookie comes back.
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion || ended) return null;
  if (session.signedInAt !== undefined && Date.now() - session.signedInAt > SESSION_ABSOLUTE_MAX_MS) {
    return null;
  }
  return user;
}

/** The signed-in, still-valid user for this request, or null. */
export const getViewer = cache(loadViewer);

/** For pages and actions: signs out to /sign-in, or answers 403 when the role is not allowed. */
export async function requireViewer(roles?: readonly Role[]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  if (!hasRole(viewer, roles)) forbidden();
  return viewer;
}

/**
 * For a page of the menu: requireViewer with the roles lib/auth/pages.ts gives it, the same list the
 * menu shows it to.
 */
export function requirePage(page: MenuPage): Promise<Viewer> {
  return requireViewer(pageRoles[page]);
}

// The role lists live in lib/auth/roles.ts (no next-auth there); re-exported for pages that take both.
export { ADMIN_ONLY, STAFF } from "./roles";
