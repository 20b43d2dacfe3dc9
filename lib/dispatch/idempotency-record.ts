// Claiming an Idempotency-Key's record with one INSERT: a key with no live record (none, or one past
// its time) is taken with the given status and answer, and the statement returns a row; a live record
// is left as it is and nothing is returned. idempotency.ts claims with a pending answer and completes
// it in its transaction; enqueue.ts stores the final answer in the event's own statement. No
// "server-only", like enqueue.ts.
import { Prisma } from "@/generated/prisma/client";

export interface RecordClaim {
  apiKeyId: string;
  key: string;
  requestHash: string;
  status: number;
  /** Records older than this are claimed over as if absent. */
  ttlHours: number;
}

/** The claiming INSERT … RETURNING 1; `response` is the answer's JSON text. */
export function claimRecordSql(claim: RecordClaim, response: string): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "IdempotencyRecord" ("apiKeyId", key, "requestHash", status, response)
    VALUES (${claim.apiKeyId}::uuid, ${claim.key}, ${claim.requestHash}, ${claim.status}::int, ${response}::jsonb)
    ON CONFLICT ("apiKeyId", key) DO UPDATE
      SET "requestHash" = excluded."requestHash", status = excluded.status, response = excluded.response,
          "createdAt" = now()
      WHERE "IdempotencyRecord"."createdAt" < now() - make_interval(hours => ${claim.ttlHours}::int)
    RETURNING 1`;
}
