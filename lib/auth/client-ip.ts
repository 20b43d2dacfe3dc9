import "server-only";
import { env } from "@/lib/env";

/**
 * The client's address. Herald's server (scripts/server.ts) writes `x-herald-client-ip` from the
 * socket on every request, overwriting whatever the client sent; behind a reverse proxy, set
 * TRUST_PROXY=true and the left-most X-Forwarded-For entry is used instead.
 */
export function clientIp(headers: Headers): string {
  if (env.TRUST_PROXY) {
    const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return headers.get("x-herald-client-ip") ?? "unknown";
}
