import "server-only";
import { buildRoute, readText, type CoreContext, type RouteHandler } from "@/lib/api/route-core";
import { errorResponse } from "@/lib/api/respond";
import { log } from "@/lib/log";
import type { VerifyResult } from "./webhooks";

/** A provider's feedback event is a few kilobytes; anything far larger is not one. */
export const MAX_WEBHOOK_BYTES = 256 * 1024;

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
      authenticate: async ({ request, requestId }) => {
        // Counted as it arrives: past the limit it is a 413 at once, whatever Content-Length claims.
        const body = await readText(request, MAX_WEBHOOK_BYTES);
        const verified = options.verify(body, request.headers);
        if (verified.ok) return { webhookId: verified.id, rawBody: body };
        // The operator's problem, not the caller's business: logged here, a plain refusal there.
        if (verified.unconfigured) {
          log.warn({ requestId, area: "webhook" }, `${options.scheme} webhook refused: ${verified.reason}`);
          return errorResponse("UNAUTHORIZED", "Invalid webhook signature");
        }
        return errorResponse("UNAUTHORIZED", `Invalid webhook signature: ${verified.reason}`);
      },
    },
    // The core's parsed `body` is undefined here (no schema): the handler reads rawBody.
    ({ body: _unparsed, ...context }) => handler(context),
  );
}
