import { operation } from "@/lib/api/operations";
import { withApi } from "@/lib/api/with-api";
import { getEvent } from "@/lib/dispatch/queries";
import { AppError } from "@/lib/errors";

// GET /api/v1/events/{id} – an event, its payload and its deliveries counted by status
export const GET = withApi(operation("getEvent"), async ({ params, key }) => {
  const event = await getEvent(key!, { id: params.id });
  if (!event) throw new AppError("NOT_FOUND", `No event has the id '${params.id}'`);
  return { data: event };
});
