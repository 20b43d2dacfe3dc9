// The security sweep's expected policy, written out so a reviewer can read it in one place: who may
// call each route handler (by method) and each server action. The role lists come from
// lib/auth/roles.ts (the one place roles live), the /api/v1 scopes are the operation registry's
// (the spec also checks that this table agrees with the registry and with every withSession marker
// it can read in the route files), and the spec fails when a route, method or action exists that
// this table does not name, or the other way round.
import type { Role } from "@/generated/prisma/enums";
import type { ApiScope } from "@/lib/api-keys/scopes";
import { ADMIN_ONLY, ALL, STAFF } from "@/lib/auth/roles";

export type Principal =
  | { name: string; kind: "anonymous" }
  | { name: string; kind: "session"; role: Role }
  /** A user signed in, then disabled: the browser still holds a well-signed session cookie. */
  | { name: string; kind: "disabled-session" }
  | { name: string; kind: "key"; scope: ApiScope }
  | { name: string; kind: "revoked-key" };

export type Policy =
  /** /api/v1: an API key holding `scope`; null = public operation (the OpenAPI document). */
  | { kind: "api"; scope: ApiScope | null }
  /** /api/internal: a valid session whose role is listed (no API key counts). */
  | { kind: "session"; roles: readonly Role[] }
  /** Anyone: next-auth's own endpoints and the load-balancer probes. */
  | { kind: "public" }
  /** /metrics from another machine (the sweep's requests come from a remote address): metrics:read. */
  | { kind: "metrics" }
  /**
   * The credential is in the request itself (a Svix signature, a signed unsubscribe token), which no
   * principal of the sweep has: everyone is refused with `status`, and nothing changes.
   */
  | { kind: "credential"; what: string; status: number }
  /** Server actions built by authedAction / authedFormAction with these roles. */
  | { kind: "action"; roles: readonly Role[] }
  /** Public server actions (publicAction / publicFormAction). */
  | { kind: "public-action" };

/** "METHOD /pattern" (patterns as e2e/hostile-routes.ts routeFiles() writes them) → policy. */
export const ROUTE_POLICY: Record<string, Policy> = {
  "GET /api/auth/{...nextauth}": { kind: "public" },
  "POST /api/auth/{...nextauth}": { kind: "public" },

  "GET /api/internal/audit/{id}": { kind: "session", roles: STAFF },
  "GET /api/internal/groups/{id}/candidates": { kind: "session", roles: ADMIN_ONLY },
  "GET /api/internal/history/export": { kind: "session", roles: STAFF },
  "GET /api/internal/palette": { kind: "session", roles: ALL },
  "POST /api/internal/subscriptions/{kind}/{id}/copy": { kind: "session", roles: ADMIN_ONLY },
  "PUT /api/internal/subscriptions/{kind}/{id}/preferences": { kind: "session", roles: ADMIN_ONLY },
  "GET /api/internal/subscriptions/{kind}/{id}": { kind: "session", roles: STAFF },
  "PUT /api/internal/subscriptions/{kind}/{id}": { kind: "session", roles: ADMIN_ONLY },
  "POST /api/internal/subscriptions/bulk": { kind: "session", roles: ADMIN_ONLY },
  "GET /api/internal/subscriptions/me": { kind: "session", roles: ALL },
  "PATCH /api/internal/subscriptions/me": { kind: "session", roles: ALL },
  "GET /api/internal/subscriptions/search": { kind: "session", roles: STAFF },
  "GET /api/internal/system/dashboard/pdf": { kind: "session", roles: STAFF },
  "GET /api/internal/system/listeners": { kind: "session", roles: STAFF },
  "GET /api/internal/system/resources": { kind: "session", roles: STAFF },
  "POST /api/internal/templates/preview": { kind: "session", roles: STAFF },

  "GET /api/v1/catalog": { kind: "api", scope: "catalog:read" },
  "GET /api/v1/catalog/{key}": { kind: "api", scope: "catalog:read" },
  "GET /api/v1/catalog/{key}/recipients": { kind: "api", scope: "subscriptions:read" },
  "GET /api/v1/deliveries": { kind: "api", scope: "deliveries:read" },
  "POST /api/v1/events": { kind: "api", scope: "events:write" },
  "POST /api/v1/events/batch": { kind: "api", scope: "events:write" },
  "GET /api/v1/events/{id}": { kind: "api", scope: "deliveries:read" },
  "GET /api/v1/groups/{id}/subscriptions": { kind: "api", scope: "subscriptions:read" },
  "PUT /api/v1/groups/{id}/subscriptions": { kind: "api", scope: "subscriptions:write" },
  "GET /api/v1/openapi.json": { kind: "api", scope: null },
  "GET /api/v1/system/devices": { kind: "api", scope: "system:read" },
  "GET /api/v1/system/listeners": { kind: "api", scope: "system:read" },
  "GET /api/v1/system/resources": { kind: "api", scope: "system:read" },
  "GET /api/v1/system/services": { kind: "api", scope: "system:read" },
  "GET /api/v1/users/{id}/subscriptions": { kind: "api", scope: "subscriptions:read" },
  "PUT /api/v1/users/{id}/subscriptions": { kind: "api", scope: "subscriptions:write" },

  "POST /api/webhooks/resend": { kind: "credential", what: "Svix signature", status: 401 },
  "GET /healthz": { kind: "public" },
  "GET /readyz": { kind: "public" },
  "GET /metrics": { kind: "metrics" },
  "POST /unsubscribe/{token}/one-click": { kind: "credential", what: "signed token", status: 400 },
};

const admin: Policy = { kind: "action", roles: ADMIN_ONLY };
const anyone: Policy = { kind: "action", roles: ALL };

/** "file#export" (file relative to the repository) → policy, for every server action. */
export const ACTION_POLICY: Record<string, Policy> = {
  "lib/api-keys/actions.ts#createApiKeyAction": admin,
  "lib/api-keys/actions.ts#revokeApiKeyAction": admin,
  "lib/auth/actions.ts#signInAction": { kind: "public-action" },
  "lib/auth/actions.ts#signOutAction": { kind: "public-action" },
  "lib/auth/actions.ts#changePasswordAction": anyone,
  "lib/contacts/actions.ts#createContactAction": admin,
  "lib/contacts/actions.ts#updateContactAction": admin,
  "lib/contacts/actions.ts#setContactStatusAction": admin,
  "lib/dispatch/actions.ts#dispatchEventAction": admin,
  "lib/dispatch/actions.ts#previewDispatchAction": admin,
  "lib/dispatch/actions.ts#previewDispatchEmailAction": admin,
  "lib/groups/actions.ts#createGroupAction": admin,
  "lib/groups/actions.ts#updateGroupAction": admin,
  "lib/groups/actions.ts#deleteGroupAction": admin,
  "lib/groups/actions.ts#addGroupMembersAction": admin,
  "lib/groups/actions.ts#removeGroupMemberAction": admin,
  "lib/history/actions.ts#retryDeliveryAction": admin,
  "lib/history/actions.ts#resendDeliveryAction": admin,
  "lib/i18n/actions.ts#setLocaleCookieAction": { kind: "public-action" },
  "lib/i18n/actions.ts#updateOwnLocaleAction": anyone,
  "lib/mail/actions.ts#updateMailSettingsAction": admin,
  "lib/mail/actions.ts#sendTransportTestAction": admin,
  "lib/subscriptions/actions.ts#setMyDigestHourAction": anyone,
  "lib/subscriptions/actions.ts#setMyQuietHoursAction": anyone,
  "lib/subscriptions/unsubscribe-actions.ts#confirmUnsubscribeAction": { kind: "public-action" },
  "lib/suppressions/actions.ts#liftSuppressionAction": admin,
  "lib/suppressions/actions.ts#addSuppressionAction": admin,
  "lib/system/devices/actions.ts#createDeviceAction": admin,
  "lib/system/devices/actions.ts#updateDeviceAction": admin,
  "lib/system/devices/actions.ts#deleteDeviceAction": admin,
  "lib/system/services/actions.ts#setServiceDisabledAction": admin,
  "lib/system/thresholds/actions.ts#updateThresholdsAction": admin,
  "lib/templates/actions.ts#saveOverrideAction": admin,
  "lib/templates/actions.ts#resetOverrideAction": admin,
  "lib/templates/actions.ts#sendTestEmailAction": admin,
  "lib/users/actions.ts#createUserAction": admin,
  "lib/users/actions.ts#updateUserAction": admin,
  "lib/users/actions.ts#resetUserPasswordAction": admin,
  "lib/users/actions.ts#disableUserAction": admin,
  "lib/users/actions.ts#enableUserAction": admin,
  "lib/users/actions.ts#updatePreferencesAction": anyone,
};

/** How a call must end: let through (any answer but a refusal or a 5xx), or refused as listed. */
export type Expected =
  | { outcome: "allowed" }
  | { outcome: "refused"; status: number; why: string }
  /** An action refused by sending the caller to the sign-in page (the proxy's or the wrapper's redirect). */
  | { outcome: "sign-in"; why: string };

const allowed: Expected = { outcome: "allowed" };
const refused = (status: number, why: string): Expected => ({ outcome: "refused", status, why });

/** What `principal` must get from an entry point with `policy`. */
export function expected(principal: Principal, policy: Policy): Expected {
  const role = principal.kind === "session" ? principal.role : null;
  const scope = principal.kind === "key" ? principal.scope : null;
  switch (policy.kind) {
    case "public":
    case "public-action":
      return allowed;
    case "credential":
      return refused(policy.status, `no ${policy.what}`);
    case "api":
      if (policy.scope === null) return allowed;
      if (scope === null) return refused(401, "no valid API key");
      return scope === policy.scope ? allowed : refused(403, `key lacks ${policy.scope}`);
    case "metrics":
      if (principal.kind === "revoked-key") return refused(401, "revoked key");
      return scope === "metrics:read" ? allowed : refused(403, "remote scrape without metrics:read");
    case "session":
      if (role === null) return refused(401, "no valid session");
      return policy.roles.includes(role) ? allowed : refused(403, `${role} not in ${policy.roles.join("/")}`);
    case "action":
      if (role === null) return { outcome: "sign-in", why: "no valid session" };
      return policy.roles.includes(role) ? allowed : refused(403, `${role} not in ${policy.roles.join("/")}`);
  }
}
