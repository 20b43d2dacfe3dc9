import "server-only";
import { db as defaultDb, type Database } from "@/lib/db";

// The per-key API rate limit, counted in PostgreSQL so that it holds across every instance: one row per
// key and one-minute window (aligned on the clock's minutes, so all instances agree on the window),
// incremented with one upsert per request. Old windows are deleted by the expiry job
// (lib/dispatch/jobs/expiry.ts).

const WINDOW_MS = 60_000;

/**
 * Counts one request for `key`; resolves to 0 when it is allowed, else to the seconds until the
 * window resets (for Retry-After).
 */
export async function takeToken(
  key: string,
  perMinute: number,
  options: { now?: Date; db?: Database } = {},
): Promise<number> {
  const now = (options.now ?? new Date()).getTime();
  const windowStart = new Date(Math.floor(now / WINDOW_MS) * WINDOW_MS);
  const [row] = await (options.db ?? defaultDb).$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1
    RETURNING count`;
  if ((row?.count ?? 0) <= perMinute) return 0;
  return Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now) / 1000));
}
