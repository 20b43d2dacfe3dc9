import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { fromDbScope, toDbScope, type ApiScope } from "@/lib/api-keys/scopes";
import { hashApiKey, parseApiKey } from "@/lib/api-keys/secret";
import type { AuditActor } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { TypedOperation, Parsed } from "./operations/types";
import { findKeyAndTakeToken, type RateLimitWindow } from "./rate-limit";
import { errorResponse } from "./respond";
import { buildRoute, type CoreContext, type RouteHandler } from "./route-core";

export interface ApiKeyInfo {
  id: string;
  name: string;
  scopes: readonly ApiScope[];
}

export interface ApiContext<P, Q, B> {
  request: NextRequest;
  requestId: string;
  /** The calling key; null for public operations (scope null). */
  key: ApiKeyInfo | null;
  actor: AuditActor;
  params: P;
  query: Q;
  body: B;
}

const LAST_USED_PRECISION_MS = 60_000;
export const API_RATE_LIMIT_PER_MINUTE = 1200;

/**
 * Every /api/v1 route: `export const GET = withApi(operation("listCatalog"), async ({ query }) => …)`.
 * The operation (lib/api/operations) is the contract: the scope it documents is the one enforced, and
 * its pathParams, query and body schemas parse the request before the handler runs (400 with details,
 * 404 for path params that cannot name anything). API key authentication, the per-key rate limit and
 * the error shape come from here and the route core. The handler returns the response body (typed by
 * the operation's response schema, sent with its successStatus) or a Response.
 */
export function withApi<
  Id extends string,
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  B extends z.ZodType | undefined,
  R extends z.ZodType,
>(
  operation: TypedOperation<Id, P, Q, B, R>,
  handler: (context: ApiContext<Parsed<P>, Parsed<Q>, Parsed<B>>) => Promise<Response | z.output<R>>,
): RouteHandler<Record<string, string | string[]>> {
  return buildRoute(
    {
      marker: {
        kind: "api",
        operationId: operation.id,
        method: operation.method.toUpperCase(),
        path: operation.path,
        scope: operation.scope,
      },
      logTag: "api",
      schemas: { params: operation.pathParams, query: operation.query, body: operation.body },
      successStatus: operation.successStatus,
      maxBodyBytes: operation.maxBodyBytes,
      authenticate: (context) => authenticateKey(context, operation.scope),
      answerHeaders: ({ rateLimit }) => (rateLimit ? rateLimitHeaders(rateLimit) : {}),
    },
    (context) =>
      handler(context as unknown as ApiContext<Parsed<P>, Parsed<Q>, Parsed<B>>) as Promise<
        Response | object
      >,
  );
}

/**
 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers), so that a client can pace
 * itself before it is refused: the window's limit, what is left of it, and the seconds until it resets.
 */
export function rateLimitHeaders({ limit, remaining, reset }: RateLimitWindow): Record<string, string> {
  return {
    "RateLimit-Limit": String(limit),
    "RateLimit-Remaining": String(remaining),
    "RateLimit-Reset": String(reset),
  };
}

/**
 * API key authentication with `scope` (401/403/429 as a Response); also used by /metrics. `rateLimit`
 * is the key's window after counting this request; null for public operations.
 */
export async function authenticateKey(
  { request, requestId, ip }: CoreContext,
  scope: ApiScope | null,
): Promise<{ key: ApiKeyInfo | null; actor: AuditActor; rateLimit: RateLimitWindow | null } | Response> {
  if (scope === null) {
    return { key: null, actor: { id: null, label: "public API request", ip, requestId }, rateLimit: null };
  }
  const header = request.headers.get("authorization");
  if (!header) return errorResponse("UNAUTHORIZED", "Missing API key: send 'Authorization: Bearer <key>'");
  const secret = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const prefix = secret ? parseApiKey(secret) : null;
  if (!secret || !prefix) return errorResponse("UNAUTHORIZED", "Malformed API key");

  // One round trip: the key, read fresh (a revoked key is refused at once), and the request counted.
  const { key, retryAfter, rateLimit } = await findKeyAndTakeToken(
    hashApiKey(secret),
    { prefix, scope: toDbScope(scope) },
    API_RATE_LIMIT_PER_MINUTE,
  );
  if (!key || key.prefix !== prefix) return errorResponse("UNAUTHORIZED", "Unknown API key");
  if (key.revokedAt) return errorResponse("UNAUTHORIZED", "This API key has been revoked");
  if (!key.scopes.includes(toDbScope(scope))) {
    return errorResponse("FORBIDDEN", `This API key lacks the '${scope}' scope`);
  }
  if (retryAfter > 0) {
    return errorResponse("RATE_LIMITED", "Too many requests for this API key", undefined, {
      "Retry-After": String(retryAfter),
      ...(rateLimit ? rateLimitHeaders(rateLimit) : {}),
    });
  }
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
  return {
    key: { id: key.id, name: key.name, scopes: key.scopes.map(fromDbScope) },
    actor: { id: null, label: `API key ${key.name} (${key.prefix})`, ip, requestId },
    rateLimit,
  };
}
