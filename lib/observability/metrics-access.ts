import "server-only";
import { authenticateKey } from "@/lib/api/with-api";
import { errorResponse } from "@/lib/api/respond";
import type { CoreContext } from "@/lib/api/route-core";

/** Addresses of this machine: Prometheus or an agent on the host may scrape without a key. */
export function isLoopback(ip: string): boolean {
  return ip === "127.0.0.1" || ip === "::1" || ip.startsWith("127.");
}

/**
 * /metrics is readable from loopback (the address Herald's own server sets, lib/auth/client-ip.ts)
 * or with an API key of scope metrics:read; anyone else gets 401 (no key) or 403 (wrong scope), or
 * 403 when nothing was offered from another address.
 */
export async function metricsAccess(context: CoreContext): Promise<Response | null> {
  if (isLoopback(context.ip)) return null;
  if (!context.request.headers.get("authorization")) {
    return errorResponse(
      "FORBIDDEN",
      "Metrics are readable from loopback or with an API key of scope 'metrics:read'",
    );
  }
  const auth = await authenticateKey(context, "metrics:read");
  return auth instanceof Response ? auth : null;
}
