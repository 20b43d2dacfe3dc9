import "server-only";
import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import type { AuditActor } from "@/lib/audit/record";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApiScope } from "@/lib/api-keys/scopes";
import { hashApiKey, parseApiKey } from "@/lib/api-keys/secret";
import { errorResponse } from "./respond";
import { takeToken } from "./rate-limit";

export interface ApiContext<P> {
  request: NextRequest;
  params: P;
  requestId: string;
  key: { id: string; name: string; scopes: string[] };
  actor: AuditActor;
}

type RouteContext<P> = { params: Promise<P> };

const LAST_USED_PRECISION_MS = 60_000;
export const API_RATE_LIMIT_PER_MINUTE = 1200;

/**
 * Every /api/v1 route goes through here: API key authentication, scope check, rate limit, and one
 * error shape. Handlers throw AppError for expected failures; anything else is a logged 500.
 */
export function withApi<P = Record<string, never>>(
  handler: (context: ApiContext<P>) => Promise<Response>,
  options: { scope: ApiScope },
) {
  return async (request: NextRequest, route: RouteContext<P>): Promise<Response> => {
    const requestId = randomUUID();
    const header = request.headers.get("authorization");
    if (!header) return errorResponse("UNAUTHORIZED", "Missing API key: send 'Authorization: Bearer <key>'");
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const prefix = match?.[1] ? parseApiKey(match[1]) : null;
    if (!match?.[1] || !prefix) return errorResponse("UNAUTHORIZED", "Malformed API key");

    const key = await db.apiKey.findUnique({
      where: { hash: hashApiKey(match[1]) },
      select: { id: true, name: true, prefix: true, scopes: true, revokedAt: true, lastUsedAt: true },
    });
    if (!key || key.prefix !== prefix) return errorResponse("UNAUTHORIZED", "Unknown API key");
    if (key.revokedAt) return errorResponse("UNAUTHORIZED", "This API key has been revoked");
    if (!key.scopes.includes(options.scope)) {
      return errorResponse("FORBIDDEN", `This API key lacks the '${options.scope}' scope`);
    }
    const retryAfter = takeToken(key.id, API_RATE_LIMIT_PER_MINUTE);
    if (retryAfter > 0) {
      return errorResponse("RATE_LIMITED", "Too many requests for this API key", undefined, {
        "Retry-After": String(retryAfter),
      });
    }
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
      await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
    }

    const actor: AuditActor = {
      id: null,
      label: `API key ${key.name} (${key.prefix})`,
      ip: clientIp(request.headers),
      requestId,
    };
    try {
      const response = await handler({ request, params: await route.params, requestId, key, actor });
      response.headers.set("X-Request-Id", requestId);
      return response;
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error.code, error.message, error.details);
      console.error(`[api] request ${requestId} failed`, error);
      return errorResponse("INTERNAL", `Internal error (request ${requestId})`);
    }
  };
}
