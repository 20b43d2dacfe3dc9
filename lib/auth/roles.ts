// Who may do what, by role: the one place role lists live, and the one check queries run. No
// "server-only" and no next-auth import: pages, wrappers, queries, client navigation and integration
// tests all read these lists.
import { Role } from "@/generated/prisma/enums";
import type { ApiScope } from "@/lib/api-keys/scopes";
import { AppError } from "@/lib/errors";

/** Every role, in the enum's order: any signed-in user. */
export const ALL: readonly Role[] = Object.values(Role);
/** Administrators only: every write of the admin shell. */
export const ADMIN_ONLY = [Role.ADMIN] as const satisfies readonly Role[];
/** Administrators and auditors: every read of the admin shell (auditors see everything, change nothing). */
export const STAFF = [Role.ADMIN, Role.AUDITOR] as const satisfies readonly Role[];

/**
 * Who is asking a query: a signed-in person (the Viewer, or any `{ role }`), or an API key (its scopes),
 * already authenticated by withApi. Every query takes one as its first argument.
 */
export type Reader = { id?: string; role: Role } | { scopes: readonly ApiScope[] };

/** Whether `who` holds one of `roles`; an omitted list allows any signed-in user. */
export function hasRole(who: { role: Role }, roles: readonly Role[] = ALL): boolean {
  return roles.includes(who.role);
}

/**
 * The check every query runs first: a person needs one of `roles`, an API key needs `scope` (keys are
 * refused when the query names no scope). Throws AppError FORBIDDEN (403 in routes, a message in forms).
 */
export function authorize(reader: Reader | null, roles: readonly Role[], scope?: ApiScope): void {
  const allowed =
    reader !== null &&
    ("role" in reader ? hasRole(reader, roles) : scope !== undefined && reader.scopes.includes(scope));
  if (!allowed) throw new AppError("FORBIDDEN", "forbidden");
}
