import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import type { AuditActor } from "@/lib/audit/record";
import { hasRole } from "@/lib/auth/roles";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import type { Parsed } from "./operations/types";
import { errorResponse } from "./respond";
import { buildRoute, type RouteHandler } from "./route-core";

export interface SessionContext<P, Q, B> {
  request: NextRequest;
  requestId: string;
  viewer: Viewer;
  actor: AuditActor;
  params: P;
  query: Q;
  body: B;
}

export interface SessionOptions<P, Q, B> {
  /** Roles allowed; omitted means any signed-in user. */
  roles?: readonly Role[];
  /** Path params; a value failing it answers 404 (it cannot name anything). Unparsed: Next's strings. */
  params?: P;
  query?: Q;
  /** JSON body. */
  body?: B;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The session-authenticated twin of withApi, for the JSON routes under /api/internal that the UI's
 * interactive islands call: `export const GET = withSession({ roles: STAFF, query }, async ({ query,
 * viewer }) => …)`. The signed-in viewer instead of an API key, roles instead of scopes, the same core
 * (parsing, error shape, request id, no-store). No redirects: 401 and 403 are JSON. A cross-site write
 * is refused before the session is read.
 */
export function withSession<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(
  options: SessionOptions<P, Q, B>,
  handler: (
    context: SessionContext<P extends z.ZodType ? z.output<P> : Record<string, string>, Parsed<Q>, Parsed<B>>,
  ) => Promise<Response | object>,
): RouteHandler<Record<string, string | string[]>> {
  return buildRoute(
    {
      marker: { kind: "session", roles: options.roles ?? null },
      logTag: "internal-api",
      messageKeys: true,
      schemas: { params: options.params, query: options.query, body: options.body },
      authenticate: async ({ request, requestId, ip }) => {
        // Cookies ride along on cross-site requests; a write must come from Herald's own pages.
        if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
          return errorResponse("FORBIDDEN", "Cross-site request refused");
        }
        const viewer = await getViewer();
        if (!viewer) return errorResponse("UNAUTHORIZED", "Sign in to continue");
        if (!hasRole(viewer, options.roles))
          return errorResponse("FORBIDDEN", "Your role does not allow this");
        const actor: AuditActor = { id: viewer.id, label: `${viewer.name} <${viewer.email}>`, ip, requestId };
        return { viewer, actor };
      },
    },
    (context) => handler(context as unknown as Parameters<typeof handler>[0]),
  );
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
