import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ApiScope as DbApiScope } from "@/generated/prisma/enums";
import { queryPrepared } from "@/lib/db/prepared";
import { db as defaultDb, type Database } from "@/lib/db";

// The per-key API rate limit, counted in PostgreSQL so that it holds across every instance: one row per
// key and one-minute window (aligned on the clock's minutes, so all instances agree on the window),
// incremented with one upsert per request. Old windows are deleted by the expiry job
// (lib/dispatch/jobs/expiry.ts). RateLimitBucket is UNLOGGED (see its migration): the upsert's commit
// does not wait for a WAL flush, and a crash resets the current minute's counts.

const WINDOW_MS = 60_000;

/** Where a key stands in its current window, after counting this request (the RateLimit-* headers). */
export interface RateLimitWindow {
  /** Requests allowed in a window. */
  limit: number;
  /** Requests still allowed in this window; 0 once the limit is reached or passed. */
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  reset: number;
}

function windowOf(now: number) {
  const windowStart = new Date(Math.floor(now / WINDOW_MS) * WINDOW_MS);
  /** Seconds until the window resets: RateLimit-Reset always, and Retry-After once refused. */
  const reset = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now) / 1000));
  return { windowStart, reset };
}

export interface StoredApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: DbApiScope[];
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/**
 * An API request's key lookup and rate-limit count in one statement (one round trip, read fresh on
 * every request, so a revoked key is refused at once). The request is counted on the key's window only
 * when the key may make it — `prefix` matches, not revoked, has `scope` — exactly as takeToken would
 * be called after those checks; otherwise `retryAfter` is 0, `rateLimit` null, and the caller refuses
 * the key. `rateLimit` is the key's window as this request left it, from the same count.
 */
export async function findKeyAndTakeToken(
  hash: string,
  { prefix, scope }: { prefix: string; scope: DbApiScope },
  perMinute: number,
  options: { now?: Date; db?: Database } = {},
): Promise<{ key: StoredApiKey | null; retryAfter: number; rateLimit: RateLimitWindow | null }> {
  const { windowStart, reset } = windowOf((options.now ?? new Date()).getTime());
  const [row] = await queryPrepared<StoredApiKey & { count: number | null }>(
    options.db ?? defaultDb,
    Prisma.sql`
    WITH key AS (
      SELECT id, name, prefix, scopes::text[] AS scopes, "revokedAt", "lastUsedAt"
      FROM "ApiKey" WHERE hash = ${hash}
    ), counted AS (
      INSERT INTO "RateLimitBucket" (key, "windowStart", count)
      SELECT id::text, ${windowStart}, 1 FROM key
      WHERE prefix = ${prefix} AND "revokedAt" IS NULL AND ${scope} = ANY(scopes)
      ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1
      RETURNING count
    )
    SELECT id::text, name, prefix, scopes, "revokedAt", "lastUsedAt", (SELECT count FROM counted) AS count
    FROM key`,
  );
  if (!row) return { key: null, retryAfter: 0, rateLimit: null };
  const { count, ...key } = row;
  if (count === null) return { key, retryAfter: 0, rateLimit: null };
  return {
    key,
    retryAfter: count <= perMinute ? 0 : reset,
    rateLimit: { limit: perMinute, remaining: Math.max(0, perMinute - count), reset },
  };
}
