import { withSession } from "@/lib/api/with-session";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bulkUpdateSubscriptions } from "@/lib/subscriptions/bulk-update";
import { bulkUpdateSchema } from "@/lib/subscriptions/schemas";
import { assertKnownTargets } from "@/lib/subscriptions/subjects";
import type { BulkEvent } from "@/lib/subscriptions/types";
import { log } from "@/lib/log";

// POST /api/internal/subscriptions/bulk – subscribe or unsubscribe many users or contacts at once.
// Answers NDJSON: progress lines while the (single) transaction runs, then "done" once it committed,
// or "error" if it rolled back. Invalid input is refused up front with the usual JSON error.
export const POST = withSession(
  { roles: ADMIN_ONLY, body: bulkUpdateSchema },
  async ({ body: input, actor, requestId }) => {
    assertKnownTargets(input.targets);
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (event: BulkEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        try {
          const result = await bulkUpdateSubscriptions(db, actor, input, (progress) =>
            send({ type: "progress", ...progress }),
          );
          send({ type: "done", result });
        } catch (error) {
          // The response has started: errors travel as the stream's last line, with the message key
          // the dialog translates (as the `key` of the core's JSON errors).
          if (error instanceof AppError)
            send({ type: "error", code: error.code, message: error.message, details: error.details });
          else {
            log.error({ err: error, requestId, area: "internal-api" }, "request failed");
            send({ type: "error", code: "INTERNAL", message: `Internal error (request ${requestId})` });
          }
        } finally {
          controller.close();
        }
      },
    });
    return new Response(stream, {
      headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "X-Accel-Buffering": "no" },
    });
  },
);
