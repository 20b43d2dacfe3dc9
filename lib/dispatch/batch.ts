// A batch of events (POST /api/v1/events/batch): all or nothing. Every event is validated before any
// is written, and all are enqueued in one transaction, so a client retrying a failed batch never
// doubles the part that had gone through. No "server-only", like enqueue.ts.
import type { Transaction } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import {
  enqueueEvent,
  validateEvent,
  type EnqueueInput,
  type EnqueueOrigin,
  type EnqueueResult,
} from "./enqueue";
import { MAX_BATCH_EVENTS } from "./schemas";

/**
 * Enqueues every event in order and answers one result each (in the request's order). Any invalid
 * event refuses the whole batch: BAD_REQUEST when a payload is wrong (else NOT_FOUND for an unknown
 * type), with every problem keyed `events.<index>.…`.
 */
export async function enqueueBatch(
  tx: Transaction,
  events: EnqueueInput[],
  origin: EnqueueOrigin,
): Promise<EnqueueResult[]> {
  if (events.length > MAX_BATCH_EVENTS) {
    throw new AppError("BAD_REQUEST", `A batch holds at most ${MAX_BATCH_EVENTS} events`);
  }
  const details: Record<string, string[]> = {};
  let badRequest = false;
  events.forEach((event, index) => {
    try {
      validateEvent(event);
    } catch (error) {
      if (!isAppError(error)) throw error;
      badRequest ||= error.code !== "NOT_FOUND";
      for (const [field, messages] of Object.entries(error.details ?? { _: [error.message] })) {
        details[`events.${index}.${field}`] = messages;
      }
    }
  });
  if (Object.keys(details).length > 0) {
    throw badRequest
      ? new AppError("BAD_REQUEST", "Some events are invalid; none was accepted", details)
      : new AppError("NOT_FOUND", "Some events name an unknown type; none was accepted", details);
  }
  const results: EnqueueResult[] = [];
  for (const event of events) results.push(await enqueueEvent(tx, event, origin));
  return results;
}
