// What a send's outcome means for its deliveries: sent, another try later (when, and whether a request
// that got no answer is retried whole under its key), or given up. Shared by immediate sends
// (process.ts) and digests (digest.ts). No "server-only": the standalone worker process imports it.
import type { SendOutcome } from "@/lib/mail/sender";
import { MAX_ATTEMPTS, RETRY_MIN_MS } from "@/lib/dispatch/timing";
import type { Outgoing, ProcessContext } from "./process";
import { recordAttempts, type Resolution } from "./record";

/**
 * What an outcome means for the delivery: sent, another try later, or given up. `attempt` is the try's
 * number in its series (ClaimedDelivery.seriesAttempt: counted from an administrator's last retry), so
 * a manual retry gets the whole budget and back-off again. `rerouted`: sends now
 * go through another transport than the one that failed (the primary began or resumed its cool-down):
 * the retry comes after RETRY_MIN_MS instead of the back-off, so a delivery that happened to probe a
 * primary still down does not wait its exponential back-off (up to hours) while the secondary works.
 */
export function resolve(
  ctx: ProcessContext,
  attempt: number,
  outcome: SendOutcome,
  rerouted = false,
): Resolution {
  if (outcome.ok) return { status: "SENT", providerMessageId: outcome.providerMessageId };
  if (outcome.retryable && attempt < MAX_ATTEMPTS) {
    const delay = rerouted ? RETRY_MIN_MS : ctx.retryDelay(attempt, outcome.retryAfterSeconds);
    return {
      status: "QUEUED",
      availableAt: new Date(ctx.now().getTime() + delay),
      statusCode: outcome.statusCode,
      error: outcome.error,
    };
  }
  return { status: "FAILED", statusCode: outcome.statusCode, error: outcome.error };
}

/** A provider call that got no answer (refused, reset, timed out): it may have been accepted. */
export function unanswered(outcome: SendOutcome | undefined): outcome is SendOutcome & { ok: false } {
  return Boolean(outcome && !outcome.ok && outcome.retryable && outcome.statusCode === undefined);
}

/**
 * One request carrying several deliveries (a provider batch, a digest) that got no answer: all its rows
 * wait for one retry time (the highest attempt's back-off, no rerouting) with the batch key kept, so the
 * retry is the same request under the same key and the provider drops it if it had accepted the first.
 */
export async function recordUnanswered(
  ctx: ProcessContext,
  outgoing: Outgoing[],
  outcome: SendOutcome & { ok: false },
  startedAt: Date,
  durationMs: number,
) {
  const attempt = Math.max(...outgoing.map(({ row }) => row.seriesAttempt));
  const resolution = resolve(ctx, attempt, outcome);
  await recordAttempts(
    ctx.db,
    ctx.workerId,
    outgoing.map(({ row }) => ({
      id: row.id,
      transport: outcome.transport,
      startedAt,
      durationMs,
      resolution,
      keepBatch: true,
    })),
  );
}

/** The failed transport, when sends would now go elsewhere (see resolve); else undefined. */
export async function reroutedFrom(ctx: ProcessContext, outcomes: (SendOutcome | undefined)[]) {
  const failedOn = outcomes.find((outcome) => outcome && !outcome.ok)?.transport;
  if (!failedOn) return undefined;
  const now = await ctx.sender.current().catch(() => undefined);
  return now && now.transport !== failedOn ? failedOn : undefined;
}
