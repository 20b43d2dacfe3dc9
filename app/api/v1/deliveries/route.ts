import { operation } from "@/lib/api/operations";
import { withApi } from "@/lib/api/with-api";
import { listDeliveryPage } from "@/lib/dispatch/queries";

// GET /api/v1/deliveries – the send history, newest first, filtered, keyset-paged (nextCursor)
export const GET = withApi(operation("listDeliveries"), async ({ query, key }) =>
  listDeliveryPage(key!, query),
);
