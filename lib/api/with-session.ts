import "server-only";
import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import type { Role } from "@/generated/prisma/enums";
import type { AuditActor } from "@/lib/audit/record";
import { clientIp } from "@/lib/auth/client-ip";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { errorResponse } from "./respond";

export interface SessionContext<P> {
  request: NextRequest;
  params: P;
  requestId: string;
  viewer: Viewer;
  actor: AuditActor;
}

type RouteContext<P> = { params: Promise<P> };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The session-authenticated twin of withApi, for the JSON routes under /api/internal that the UI's
 * interactive islands call: the signed-in viewer instead of an API key, roles instead of scopes, the
 * same `{ error: { code, message, details? } }` shape. No redirects: 401 and 403 are JSON.
 */
export function withSession<P = Record<string, never>>(
  handler: (context: SessionContext<P>) => Promise<Response>,
  options: { roles?: readonly Role[] } = {},
) {
  return async (request: NextRequest, route: RouteContext<P>): Promise<Response> => {
    const requestId = randomUUID();
    // Cookies ride along on cross-site requests; a write must come from Herald's own pages.
    if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
      return errorResponse("FORBIDDEN", "Cross-site request refused");
    }
    const viewer = await getViewer();
    if (!viewer) return errorResponse("UNAUTHORIZED", "Sign in to continue");
    if (options.roles && !options.roles.includes(viewer.role)) {
      return errorResponse("FORBIDDEN", "Your role does not allow this");
    }
    const actor: AuditActor = {
      id: viewer.id,
      label: `${viewer.name} <${viewer.email}>`,
      ip: clientIp(request.headers),
      requestId,
    };
    try {
      const response = await handler({ request, params: await route.params, requestId, viewer, actor });
      response.headers.set("X-Request-Id", requestId);
      if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "private, no-store");
      return response;
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error.code, error.message, error.details);
      console.error(`[internal-api] request ${requestId} failed`, error);
      return errorResponse("INTERNAL", `Internal error (request ${requestId})`);
    }
  };
}

/** The Origin header, when the browser sent one, names this host (as Next checks for server actions). */
function isSameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
