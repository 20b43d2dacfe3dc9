// Each transport's health, shared by every worker through the TransportHealth table. Updates are
// single upserts that compute the new state in SQL, so concurrent workers never lose a count.
// No "server-only": the dispatch worker imports it through the mail sender.
import type { Database } from "@/lib/db/client";
import type { MailTransportName } from "./types";

export interface TransportHealthState {
  name: MailTransportName;
  consecutiveFailures: number;
  coolDownUntil: Date | null;
  lastError: string | null;
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
}

/** The columns of a TransportHealthState (the worker's check and the settings page read the same). */
export const transportHealthSelect = {
  name: true,
  consecutiveFailures: true,
  coolDownUntil: true,
  lastError: true,
  lastSuccessAt: true,
  lastFailureAt: true,
} as const;

const LAST_ERROR_MAX = 1000;

export async function readHealth(
  db: Database,
  name: MailTransportName,
): Promise<TransportHealthState | null> {
  return db.transportHealth.findUnique({ where: { name }, select: transportHealthSelect });
}

/**
 * One more consecutive retryable failure. When the count reaches `failoverAfter` and the transport is
 * not already cooling down, it cools down until now + coolDownSeconds. The count is not reset by the
 * cool-down: after it, one more failure starts the next cool-down at once, one success ends it all.
 */
export async function recordFailure(
  db: Database,
  name: MailTransportName,
  input: { error: string; failoverAfter: number; coolDownSeconds: number; now: Date },
): Promise<TransportHealthState> {
  const error = input.error.slice(0, LAST_ERROR_MAX);
  const rows = await db.$queryRaw<TransportHealthState[]>`
    INSERT INTO "TransportHealth" AS h
      ("name", "consecutiveFailures", "coolDownUntil", "lastError", "lastFailureAt", "updatedAt")
    VALUES (
      ${name}::"MailTransportName", 1,
      CASE WHEN 1 >= ${input.failoverAfter}::int
        THEN ${input.now}::timestamptz + make_interval(secs => ${input.coolDownSeconds}::int) END,
      ${error}, ${input.now}::timestamptz, ${input.now}::timestamptz)
    ON CONFLICT ("name") DO UPDATE SET
      "consecutiveFailures" = h."consecutiveFailures" + 1,
      "coolDownUntil" = CASE
        WHEN h."consecutiveFailures" + 1 >= ${input.failoverAfter}::int
          AND (h."coolDownUntil" IS NULL OR h."coolDownUntil" <= ${input.now}::timestamptz)
        THEN ${input.now}::timestamptz + make_interval(secs => ${input.coolDownSeconds}::int)
        ELSE h."coolDownUntil" END,
      "lastError" = EXCLUDED."lastError",
      "lastFailureAt" = EXCLUDED."lastFailureAt",
      "updatedAt" = EXCLUDED."updatedAt"
    RETURNING "name", "consecutiveFailures", "coolDownUntil", "lastError", "lastSuccessAt", "lastFailureAt"`;
  return rows[0]!;
}

/**
 * A success: the count and any cool-down end (the primary takes over again). Writes only when there is
 * something to reset or lastSuccessAt is older than a few seconds, so a busy transport is not
 * rewritten on every e-mail.
 */
export async function recordSuccess(db: Database, name: MailTransportName, now: Date): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "TransportHealth" AS h ("name", "consecutiveFailures", "lastSuccessAt", "updatedAt")
    VALUES (${name}::"MailTransportName", 0, ${now}::timestamptz, ${now}::timestamptz)
    ON CONFLICT ("name") DO UPDATE SET
      "consecutiveFailures" = 0,
      "coolDownUntil" = NULL,
      "lastSuccessAt" = EXCLUDED."lastSuccessAt",
      "updatedAt" = EXCLUDED."updatedAt"
    WHERE h."consecutiveFailures" > 0 OR h."coolDownUntil" IS NOT NULL OR h."lastSuccessAt" IS NULL
      OR h."lastSuccessAt" < ${now}::timestamptz - interval '5 seconds'`;
}

/** Whether the transport is skipped right now. */
export function isCoolingDown(health: TransportHealthState | null, now: Date): boolean {
  return Boolean(health?.coolDownUntil && health.coolDownUntil.getTime() > now.getTime());
}
