// What an API key may do. Shared by the UI (checkboxes), the API wrapper and the OpenAPI document.
// The set of scopes is the Prisma enum ApiScope (ApiKey.scopes is stored as ApiScope[]); this table
// gives each its public name — the one keys, requests, errors and the OpenAPI document use — and
// says what it grants. `satisfies` makes a scope added to the schema fail to compile until it is
// described here. (generated/prisma/enums.ts is plain objects, safe in client components.)
import { ApiScope as ApiScopeEnum } from "@/generated/prisma/enums";

type DbApiScope = ApiScopeEnum;

export const scopeDefinitions = {
  CATALOG_READ: { name: "catalog:read", description: "Read the notification catalog." },
  EVENTS_WRITE: { name: "events:write", description: "Send events that trigger notifications." },
  SUBSCRIPTIONS_READ: { name: "subscriptions:read", description: "Read who is subscribed to what." },
  SUBSCRIPTIONS_WRITE: { name: "subscriptions:write", description: "Change subscriptions." },
  DELIVERIES_READ: {
    name: "deliveries:read",
    description: "Read the send history and each e-mail's status.",
  },
  // For the operations of the next parts ([5/8]): no route asks for these two yet.
  SYSTEM_READ: {
    name: "system:read",
    description: "Read Herald's health: queue, workers and mail transports.",
  },
  METRICS_READ: { name: "metrics:read", description: "Read delivery metrics for monitoring." },
} as const satisfies Record<DbApiScope, { name: `${string}:${string}`; description: string }>;

/** A scope's public name, e.g. "catalog:read". */
export type ApiScope = (typeof scopeDefinitions)[DbApiScope]["name"];

/** Every scope by public name, in the enum's order (the order keys list them in). */
export const apiScopes: readonly ApiScope[] = Object.values(ApiScopeEnum).map(
  (scope) => scopeDefinitions[scope].name,
);

const byName = new Map<string, DbApiScope>(
  Object.values(ApiScopeEnum).map((scope) => [scopeDefinitions[scope].name, scope]),
);

export function isApiScope(value: string): value is ApiScope {
  return byName.has(value);
}

export function toDbScope(scope: ApiScope): DbApiScope {
  return byName.get(scope)!;
}

export function fromDbScope(scope: DbApiScope): ApiScope {
  return scopeDefinitions[scope].name;
}

export function scopeDescription(scope: ApiScope): string {
  return scopeDefinitions[toDbScope(scope)].description;
}
