import type { ApiScope } from "@/lib/api-keys/scopes";

/** The apiKeys.scopes.* message key of a scope ("catalog:read" → "catalogRead"). */
export function scopeMessageKey(scope: ApiScope): string {
  return scope.replace(/:(\w)/, (_, letter: string) => letter.toUpperCase());
}
