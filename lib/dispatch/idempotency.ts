// Idempotency-Key for the events API: the first answer to a key is stored with a hash of the request
// and replayed for 24 hours; the same key with another request is a 409. Race-safe: the key is locked
// (a transaction-scoped advisory lock) before it is looked up, and the record is written in the same
// transaction as the events, so two concurrent requests with one key cannot both enqueue, and a failed
// request leaves no record (errors are not stored: nothing was written, a retry gets the same answer).
import "server-only";
import { createHash } from "node:crypto";
import { NextResponse } from "next/server";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Database, Transaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { canonicalJson } from "./dedup";

export const IDEMPOTENCY_TTL_HOURS = 24;
export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const REPLAYED_HEADER = "Idempotent-Replayed";

/** Printable ASCII without spaces, at most 255 characters (a UUID is the usual choice). */
export const idempotencyKeySchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/);

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
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('idempotency' || chr(31) || ${apiKeyId} || chr(31) || ${key}))`;
    // Past its 24 hours a record is as good as gone (the expiry job deletes it in batches).
    await tx.$executeRaw`
      DELETE FROM "IdempotencyRecord"
      WHERE "apiKeyId" = ${apiKeyId}::uuid AND key = ${key}
        AND "createdAt" < now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS}::int)`;
    const stored = await tx.idempotencyRecord.findUnique({
      where: { apiKeyId_key: { apiKeyId, key } },
      select: { requestHash: true, status: true, response: true },
    });
    if (stored) {
      if (stored.requestHash !== hash) {
        throw new AppError(
          "CONFLICT",
          "This Idempotency-Key was already used for a different request; use a new key for a new request",
        );
      }
      return { status: stored.status, body: stored.response as T, replayed: true };
    }
    const answer = await work(tx);
    await tx.idempotencyRecord.create({
      data: {
        apiKeyId,
        key,
        requestHash: hash,
        status: answer.status,
        response: answer.body as Prisma.InputJsonObject,
      },
    });
    return { ...answer, replayed: false };
  }, options);
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
  return NextResponse.json(answer.body, {
    status: answer.status,
    headers: answer.replayed ? { [REPLAYED_HEADER]: "true" } : {},
  });
}
