import { withApi } from "@/lib/api/with-api";
import { operation } from "@/lib/api/operations";
import { db } from "@/lib/db";
import { subscriptionsResponse } from "@/lib/subscriptions/api";
import { replaceSubscriptions } from "@/lib/subscriptions/service";

// GET /api/v1/groups/{id}/subscriptions – the group's subscriptions (every member receives them)
export const GET = withApi(operation("getGroupSubscriptions"), async ({ params, key }) =>
  subscriptionsResponse(key, { kind: "group", id: params.id }),
);

// PUT /api/v1/groups/{id}/subscriptions – replace the group's subscriptions
export const PUT = withApi(operation("putGroupSubscriptions"), async ({ params, body, key, actor }) => {
  const subject = { kind: "group", id: params.id } as const;
  await replaceSubscriptions(db, actor, subject, body);
  return subscriptionsResponse(key, subject);
});
