// Idempotency-Key for the events API: the first answer to a key is stored with a hash of the request
// and replayed for 24 hours; the same key with another request is a 409. Race-safe: the key is claimed
// (a pending record, whose primary key makes concurrent claims of the same key wait) before anything is
// written, and the record is completed in the same transaction as the events, so two concurrent
// requests with one key cannot both enqueue, and a failed request leaves no record (errors are not
// stored: nothing was written, a retry gets the same answer).
import "server-only";
import { createHash } from "node:crypto";
import { NextResponse } from "next/server";
import type { Database, Transaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { canonicalJson } from "./dedup";
import { IDEMPOTENCY_HEADER, idempotencyKeySchema } from "./idempotency-key";
import { claimRecordSql } from "./idempotency-record";
import {
  enqueueEvent,
  KeyTaken,
  type EnqueueInput,
  type EnqueueOrigin,
  type IdempotencyClaim,
} from "./enqueue";

export const IDEMPOTENCY_TTL_HOURS = 24;
export const REPLAYED_HEADER = "Idempotent-Replayed";

export interface IdempotentRequest {
  apiKeyId: string;
  /** The header's value; null runs the work without any record. */
  key: string | null;
  method: string;
  path: string;
  /** The parsed body: hashed in canonical form, so spacing and key order do not matter. */
  body: unknown;
}

export interface IdempotentAnswer<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/** The header's value, validated; null when absent. */
export function readIdempotencyKey(headers: Headers): string | null {
  const value = headers.get(IDEMPOTENCY_HEADER);
  if (value === null) return null;
  const parsed = idempotencyKeySchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("BAD_REQUEST", "The Idempotency-Key header is invalid", {
      [IDEMPOTENCY_HEADER]: ["Use 1 to 255 printable ASCII characters without spaces"],
    });
  }
  return parsed.data;
}

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method} ${path}\n${canonicalJson(body)}`)
    .digest("hex");
}

/**
 * Runs `work` (in a transaction it joins) once per API key and Idempotency-Key: a repeat of the same
 * request within 24 hours gets the stored answer; the same key with a different request is CONFLICT.
 *
 * Two statements around the work. The first claims the key by inserting a pending record (status 0,
 * never visible to anyone: it is completed in the same transaction): the primary key makes a concurrent
 * request with the same key wait until this transaction ends, then see the finished record (replay or
 * 409), or claim the key itself if this one failed and rolled back. A record past its 24 hours is
 * claimed over as if absent (the expiry job deletes them in batches). The second statement stores the
 * answer.
 */
export async function idempotent<T extends object>(
  db: Database,
  request: IdempotentRequest,
  work: (tx: Transaction) => Promise<{ status: number; body: T }>,
  options: { timeout?: number } = {},
): Promise<IdempotentAnswer<T>> {
  const { apiKeyId, key } = request;
  if (key === null) {
    return db.$transaction(async (tx) => ({ ...(await work(tx)), replayed: false }), options);
  }
  const hash = requestHash(request.method, request.path, request.body);
  return db.$transaction(async (tx) => {
    // A pending record (status 0), never seen by anyone: completed below in this same transaction.
    const claimed = await tx.$queryRaw<unknown[]>(
      claimRecordSql(
        { apiKeyId, key, requestHash: hash, status: 0, ttlHours: IDEMPOTENCY_TTL_HOURS },
        "null",
      ),
    );
    if (claimed.length === 0) return storedAnswer<T>(tx, apiKeyId, key, hash);
    const answer = await work(tx);
    await tx.$executeRaw`
      UPDATE "IdempotencyRecord" SET status = ${answer.status}, response = ${JSON.stringify(answer.body)}::jsonb
      WHERE "apiKeyId" = ${apiKeyId}::uuid AND key = ${key}`;
    return { ...answer, replayed: false };
  }, options);
}

/** The first answer to a taken key, for a repeat of its request; CONFLICT for another request. */
async function storedAnswer<T>(
  db: Database | Transaction,
  apiKeyId: string,
  key: string,
  hash: string,
): Promise<IdempotentAnswer<T>> {
  const stored = await db.idempotencyRecord.findUniqueOrThrow({
    where: { apiKeyId_key: { apiKeyId, key } },
    select: { requestHash: true, status: true, response: true },
  });
  if (stored.requestHash !== hash) {
    throw new AppError(
      "CONFLICT",
      "This Idempotency-Key was already used for a different request; use a new key for a new request",
    );
  }
  return { status: stored.status, body: stored.response as T, replayed: true };
}

/**
 * POST /api/v1/events: one event, enqueued with its Idempotency-Key claimed and its answer stored by
 * the statement that writes it (enqueueEvent's claim): no interactive transaction around the request,
 * the same guarantees as idempotent() — a repeat within 24 h gets the first answer, another body 409,
 * concurrent repeats enqueue once (the second waits on the record's primary key, then finds it taken),
 * and a refused request stores nothing.
 */
export async function idempotentEvent(
  db: Database,
  request: Omit<IdempotentRequest, "key"> & { headers: Headers },
  input: EnqueueInput,
  origin: EnqueueOrigin,
): Promise<Response> {
  const key = readIdempotencyKey(request.headers);
  const { apiKeyId } = request;
  const status = 202;
  const hash = key === null ? "" : requestHash(request.method, request.path, request.body);
  const claim: IdempotencyClaim | undefined =
    key === null
      ? undefined
      : {
          apiKeyId,
          key,
          requestHash: hash,
          status,
          body: (data) => ({ data }),
          ttlHours: IDEMPOTENCY_TTL_HOURS,
        };
  let answer: IdempotentAnswer<object>;
  try {
    answer = { status, body: { data: await enqueueEvent(db, input, origin, { claim }) }, replayed: false };
  } catch (error) {
    if (!(error instanceof KeyTaken) || key === null) throw error;
    answer = await storedAnswer<object>(db, apiKeyId, key, hash);
  }
  return answerResponse(answer);
}

function answerResponse<T>(answer: IdempotentAnswer<T>): Response {
  return NextResponse.json(answer.body, {
    status: answer.status,
    headers: answer.replayed ? { [REPLAYED_HEADER]: "true" } : {},
  });
}

/**
 * The answer of an idempotent API write: runs `work` once per Idempotency-Key (see idempotent) and
 * answers its result with `status`, or the stored first answer marked `Idempotent-Replayed: true`.
 */
export async function idempotentResponse<T extends object>(
  db: Database,
  request: Omit<IdempotentRequest, "key"> & { headers: Headers },
  status: number,
  work: (tx: Transaction) => Promise<T>,
): Promise<Response> {
  const key = readIdempotencyKey(request.headers);
  const answer = await idempotent(
    db,
    { apiKeyId: request.apiKeyId, key, method: request.method, path: request.path, body: request.body },
    async (tx) => ({ status, body: await work(tx) }),
    { timeout: 60_000 },
  );
  return answerResponse(answer);
}
