// What an API key may do. Shared by the UI (checkboxes), the API wrapper and the OpenAPI document.
export const apiScopes = [
  "catalog:read",
  "events:write",
  "subscriptions:read",
  "subscriptions:write",
  "deliveries:read",
] as const;

export type ApiScope = (typeof apiScopes)[number];

export function isApiScope(value: string): value is ApiScope {
  return (apiScopes as readonly string[]).includes(value);
}
