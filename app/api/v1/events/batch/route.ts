import { operation } from "@/lib/api/operations";
import { withApi } from "@/lib/api/with-api";
import { db } from "@/lib/db";
import { enqueueBatch } from "@/lib/dispatch/batch";
import { idempotentResponse } from "@/lib/dispatch/idempotency";
import { toEnqueueInput } from "@/lib/dispatch/schemas";

// POST /api/v1/events/batch – up to 100 events, all queued or none (202; Idempotency-Key)
export const POST = withApi(operation("createEventBatch"), async ({ body, key, request }) => {
  const apiKeyId = key!.id; // the operation has a scope: withApi answered 401 without a key
  return idempotentResponse(
    db,
    { apiKeyId, method: "POST", path: "/events/batch", body, headers: request.headers },
    202,
    async (tx) => ({
      data: await enqueueBatch(tx, body.events.map(toEnqueueInput), { kind: "API", apiKeyId }),
    }),
  );
});
