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

function windowOf(now: number) {
  const windowStart = new Date(Math.floor(now / WINDOW_MS) * WINDOW_MS);
  /** 0 when `count` is within the limit, else the seconds until the window resets (for Retry-After). */
  const retryAfter = (count: number, perMinute: number) =>
    count <= perMinute ? 0 : Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now) / 1000));
  return { windowStart, retryAfter };
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
 * be called after those checks; otherwise `retryAfter` is 0 and the caller refuses the key.
 */
export async function findKeyAndTakeToken(
  hash: string,
  { prefix, scope }: { prefix: string; scope: DbApiScope },
  perMinute: number,
  options: { now?: Date; db?: Database } = {},
): Promise<{ key: StoredApiKey | null; retryAfter: number }> {
  const { windowStart, retryAfter } = windowOf((options.now ?? new Date()).getTime());
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
  if (!row) return { key: null, retryAfter: 0 };
  const { count, ...key } = row;
  return { key, retryAfter: count === null ? 0 : retryAfter(count, perMinute) };
}
