// enqueueEvent: an event in, one queued delivery per recipient, in one transaction (docs/dispatch.md).
// No "server-only": the scheduler and worker processes enqueue scheduled reports, and the benchmark
// runs it outside Next.
import type { EventOrigin } from "@/generated/prisma/enums";
import { findType } from "@/lib/catalog/definitions";
import type { Database, Transaction } from "@/lib/db/client";
import { inTransaction, isTransaction, type DbOrTx } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/locales";
import { v7 as uuidv7 } from "uuid";
import { resolveWithQuietHours, type ExtraRecipient } from "@/lib/subscriptions/resolve-recipients";
import { isTypeKey } from "@/lib/templates/payloads";
import { parsePayload } from "@/lib/templates/validate";
import { DEDUP_WINDOW_SECONDS, claimDuplicate, effectiveDedupKey } from "./dedup";
import { availability } from "./available-at";
import { insertEventAndDeliveries } from "./event-statement";
import { claimRecordSql, type RecordClaim } from "./idempotency-record";
import { namedRecipientsOnly } from "./test-recipients";
import { wakeWorkers } from "./wake";

export interface EnqueueInput {
  typeKey: string;
  payload: unknown;
  /** People named by the event besides the subscribers (e.g. the requester of an access request). */
  recipients?: ExtraRecipient[];
  dedupKey?: string;
  occurredAt?: Date;
  /** The system that reported it (e.g. "vault-eu-1"). */
  source?: string;
}

export interface EnqueueOrigin {
  /**
   * TEST ("Send test to me"): only the named recipients, never the subscribers, never held by quiet
   * hours or deduplicated; the worker renders it as a test ([TEST] subject, X-Herald-Test header).
   */
  kind: EventOrigin;
  apiKeyId?: string;
  userId?: string;
  /** TEST only: the language the test is written in (the previewed one), not the recipient's own. */
  locale?: AppLocale;
}

/**
 * An API request's Idempotency-Key, claimed by the same statement that writes the event, with the
 * answer stored at once (see idempotency.ts). A key that already has a live record is not claimed:
 * enqueueEvent throws KeyTaken and writes nothing.
 */
export interface IdempotencyClaim extends RecordClaim {
  /** The answer stored with the record (with `status`): the body built from the result. */
  body: (result: EnqueueResult) => object;
}

/** The Idempotency-Key already has a live record (this request is a repeat, or a conflict). */
export class KeyTaken extends Error {
  constructor() {
    super("The Idempotency-Key is already taken");
  }
}

export interface EnqueueResult {
  eventId: string;
  /** Deliveries written by this call: 0 for a duplicate (counted on the original event instead). */
  deliveryCount: number;
  duplicate: boolean;
}

/** Enqueues of one event to thousands of recipients take longer than Prisma's 5 s default. */
const TRANSACTION_TIMEOUT_MS = 60_000;

/** The event's type and its payload validated against the type's schema (NOT_FOUND, BAD_REQUEST). */
export function validateEvent(input: Pick<EnqueueInput, "typeKey" | "payload">) {
  const type = findType(input.typeKey);
  if (!type || !isTypeKey(type.key)) {
    throw new AppError("NOT_FOUND", "unknownCatalogKey", { type: ["unknownCatalogKey"] });
  }
  return { type, payload: parsePayload(type.key, input.payload) };
}

/**
 * Validates the payload against the type's schema (400 with details by path; NOT_FOUND for an unknown
 * type), applies dedup (see dedup.ts), resolves the recipients (one query, their quiet hours
 * included) and writes the event and all its deliveries with one statement — with `claim`, the
 * Idempotency-Key and its answer too. Joins the caller's transaction when given one (so an action can
 * audit atomically with it). Given the database, it opens a transaction only when dedup needs one (its
 * advisory lock is held until the write commits); otherwise the one statement is atomic by itself and
 * the event costs two round trips (docs/benchmarks.md, events API).
 */
export async function enqueueEvent(
  db: Database | Transaction,
  input: EnqueueInput,
  origin: EnqueueOrigin,
  options: { now?: Date; claim?: IdempotencyClaim } = {},
): Promise<EnqueueResult> {
  const { type, payload } = validateEvent(input);
  const test = origin.kind === "TEST";
  const dedupKey = test ? null : effectiveDedupKey(type.kind, input.dedupKey, payload);
  const extraRecipients = input.recipients ?? [];
  const { claim } = options;

  // Alone (no transaction around the statement), the write commits when it returns: the workers are
  // woken then, not by a NOTIFY inside it (see wake.ts).
  const wakeAfterCommit = !dedupKey && !isTransaction(db);
  const write = async (tx: DbOrTx): Promise<EnqueueResult> => {
    const { recipients, quietHours } = test
      ? { recipients: await namedRecipientsOnly(tx, extraRecipients, origin.locale), quietHours: null }
      : await resolveWithQuietHours(tx, { typeKey: type.key, extraRecipients });
    const now = options.now ?? new Date();
    const holdable = !test && !type.mandatory && type.severity !== "critical";
    const availableAt = availability({ now, quietHours: holdable ? quietHours : null });
    const result = { eventId: uuidv7(), deliveryCount: recipients.length, duplicate: false };
    const written = await insertEventAndDeliveries(
      tx,
      {
        id: result.eventId,
        typeKey: type.key,
        payload,
        origin: origin.kind,
        source: input.source ?? null,
        dedupKey,
        occurredAt: input.occurredAt ?? now,
        extraRecipients,
        apiKeyId: origin.apiKeyId ?? null,
        createdById: origin.userId ?? null,
      },
      type,
      recipients,
      availableAt,
      claim ? { record: claim, body: claim.body(result) } : null,
      wakeAfterCommit,
    );
    if (!written) throw new KeyTaken();
    return result;
  };
  if (wakeAfterCommit) {
    const result = await write(db);
    if (result.deliveryCount > 0) wakeWorkers(db);
    return result;
  }
  if (!dedupKey) return write(db);
  return inTransaction(
    db,
    async (tx) => {
      const original = await claimDuplicate(tx, type.key, dedupKey, DEDUP_WINDOW_SECONDS[type.kind]);
      if (!original) return write(tx);
      const result = { eventId: original, deliveryCount: 0, duplicate: true };
      if (claim) await storeClaim(tx, claim, result);
      return result;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}

/** Claims the key with its answer by itself (a duplicate event writes nothing else); KeyTaken if live. */
async function storeClaim(tx: DbOrTx, claim: IdempotencyClaim, result: EnqueueResult) {
  const rows = await tx.$queryRaw<unknown[]>(claimRecordSql(claim, JSON.stringify(claim.body(result))));
  if (rows.length === 0) throw new KeyTaken();
}
