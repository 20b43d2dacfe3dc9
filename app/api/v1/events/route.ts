import { operation } from "@/lib/api/operations";
import { withApi } from "@/lib/api/with-api";
import { db } from "@/lib/db";
import { idempotentEvent } from "@/lib/dispatch/idempotency";
import { toEnqueueInput } from "@/lib/dispatch/schemas";

// POST /api/v1/events – one event in: validated, deduplicated and queued for every recipient (202; Idempotency-Key)
export const POST = withApi(operation("createEvent"), async ({ body, key, request }) => {
  const apiKeyId = key!.id; // the operation has a scope: withApi answered 401 without a key
  return idempotentEvent(
    db,
    { apiKeyId, method: "POST", path: "/events", body, headers: request.headers },
    toEnqueueInput(body),
    { kind: "API", apiKeyId },
  );
});
