// Every entry point Herald exposes (route handler or server action) is built by a wrapper that
// stamps it with this marker, so a test can prove that nothing reaches the app unwrapped
// (tests/entry-points.int.test.ts). Pure: no server-only, the test imports it.
import type { Role } from "@/generated/prisma/enums";
import type { ApiScope } from "@/lib/api-keys/scopes";

export const ENTRY_POINT = Symbol.for("herald.entryPoint");

export type EntryPointMarker =
  /** /api/v1: API key, scope and schemas from the OpenAPI operation registry. */
  | { kind: "api"; operationId: string; method: string; path: string; scope: ApiScope | null }
  /** /api/internal: the signed-in viewer, role-checked. */
  | { kind: "session"; roles: readonly Role[] | null }
  /** Public routes whose credential is a signed token in the URL (one-click unsubscribe). */
  | { kind: "token" }
  /** Public webhooks whose credential is a signature over the body (Resend's, Svix scheme). */
  | { kind: "signature"; scheme: string }
  /** A route handed whole to a library that authenticates itself (next-auth); `reason` says why. */
  | { kind: "delegated"; reason: string }
  /** Server actions: authedAction / authedFormAction. */
  | { kind: "action"; roles: readonly Role[] | null }
  /** Public server actions (sign-in, unsubscribe confirm); `reason` says why no session is needed. */
  | { kind: "public-action"; reason: string }
  /** Operational endpoints for load balancers and monitoring (/healthz, /readyz, /metrics); `reason` says who may call. */
  | { kind: "probe"; reason: string };

type Marked<F> = F & { [ENTRY_POINT]: EntryPointMarker };

export function markEntryPoint<F extends (...args: never[]) => unknown>(
  fn: F,
  marker: EntryPointMarker,
): Marked<F> {
  return Object.assign(fn, { [ENTRY_POINT]: marker });
}

export function entryPointOf(value: unknown): EntryPointMarker | undefined {
  if (typeof value !== "function") return undefined;
  return (value as { [ENTRY_POINT]?: EntryPointMarker })[ENTRY_POINT];
}
