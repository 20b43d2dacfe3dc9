// Who may open each page of the menu: the one list both the menu (components/shell/nav-items.ts, which
// shows a page to exactly these roles, and the command palette built on it) and the pages' own guards
// (`requirePage` in lib/auth/viewer.ts) read, so what a role sees and what it may open cannot drift
// apart. No "server-only": the client-side menu reads it too.
import type { Role } from "@/generated/prisma/enums";
import { ADMIN_ONLY, ALL, STAFF } from "./roles";

export const pageRoles = {
  "/dashboard": STAFF,
  "/catalog": STAFF,
  "/templates": STAFF,
  "/dispatch": ADMIN_ONLY,
  "/history": STAFF,
  "/mailbox": STAFF,
  "/users": STAFF,
  "/groups": STAFF,
  "/contacts": STAFF,
  // Auditors read the keys (names, scopes, last use) without the controls; only admins manage them.
  "/api-keys": STAFF,
  "/api-docs": STAFF,
  "/settings/mail": STAFF,
  "/audit": STAFF,
  "/suppressions": STAFF,
  "/system": STAFF,
  "/system/services": STAFF,
  "/system/listeners": STAFF,
  "/system/resources": STAFF,
  "/system/devices": STAFF,
  "/me/notifications": ALL,
  "/me": ALL,
} as const satisfies Record<string, readonly Role[]>;

/** A page of the menu. */
export type MenuPage = keyof typeof pageRoles;
