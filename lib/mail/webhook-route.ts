import "server-only";
import { buildRoute, MAX_BODY_BYTES, type CoreContext, type RouteHandler } from "@/lib/api/route-core";
import { errorResponse } from "@/lib/api/respond";
import type { VerifyResult } from "./webhooks";

export interface SignedContext extends CoreContext {
  /** The webhook's id from the verified headers (the provider's message id: replays share it). */
  webhookId: string;
  /** The raw body, exactly as signed. */
  rawBody: string;
}

/**
 * Public webhooks whose credential is a signature over the raw body: the shared route core (request
 * id, one error shape, no-store, logged 500s) with authentication = reading the body once and
 * verifying its signature. Unsigned, forged or stale requests are 401 before the handler runs.
 * (Kept beside its only user; it belongs with the other wrappers in lib/api if a second one appears.)
 */
export function withSignature(
  options: { scheme: string; verify: (body: string, headers: Headers) => VerifyResult },
  handler: (context: SignedContext) => Promise<Response | object>,
): RouteHandler<Record<string, string | string[]>> {
  return buildRoute<{ webhookId: string; rawBody: string }>(
    {
      marker: { kind: "signature", scheme: options.scheme },
      logTag: "webhook",
      authenticate: async ({ request }) => {
        const declared = Number(request.headers.get("content-length") ?? "0");
        if (declared > MAX_BODY_BYTES) return errorResponse("BAD_REQUEST", "The request body is too large");
        const body = await request.text().catch(() => null);
        if (body === null) return errorResponse("BAD_REQUEST", "The request body could not be read");
        if (body.length > MAX_BODY_BYTES)
          return errorResponse("BAD_REQUEST", "The request body is too large");
        const verified = options.verify(body, request.headers);
        if (!verified.ok)
          return errorResponse("UNAUTHORIZED", `Invalid webhook signature: ${verified.reason}`);
        return { webhookId: verified.id, rawBody: body };
      },
    },
    // The core's parsed `body` is undefined here (no schema): the handler reads rawBody.
    ({ body: _unparsed, ...context }) => handler(context),
  );
}
