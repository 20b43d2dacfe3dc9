import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { Parsed } from "./operations/types";
import { buildRoute, type RouteHandler } from "./route-core";

export interface TokenContext<P, F> {
  request: NextRequest;
  requestId: string;
  ip: string;
  /** Path params, including the token; parsed by `params`. */
  params: P;
  /** The form body, parsed by `form`. */
  form: F;
}

/**
 * Public routes whose credential is a signed token in the URL (RFC 8058 one-click unsubscribe): no
 * session, no API key. The handler's service verifies the token and throws AppError when it does not
 * hold, so nothing changes unless it does. Same core as withApi/withSession: parsing, unsafe-text
 * refusal, English error shape, request id, no-store.
 */
export function withToken<P extends z.ZodType, F extends z.ZodType | undefined = undefined>(
  options: { params: P; form?: F },
  handler: (context: TokenContext<z.output<P>, Parsed<F>>) => Promise<Response | object>,
): RouteHandler<Record<string, string | string[]>> {
  return buildRoute(
    {
      marker: { kind: "token" },
      logTag: "token",
      // A token that fails its schema is malformed, not a missing resource.
      invalidParams: "BAD_REQUEST",
      schemas: { params: options.params, form: options.form },
      authenticate: async () => ({}),
    },
    ({ request, requestId, ip, params, body }) =>
      handler({ request, requestId, ip, params: params as z.output<P>, form: body as Parsed<F> }),
  );
}
