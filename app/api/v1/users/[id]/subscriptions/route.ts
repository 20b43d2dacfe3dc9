import { withApi } from "@/lib/api/with-api";
import { operation } from "@/lib/api/operations";
import { db } from "@/lib/db";
import { subscriptionsResponse } from "@/lib/subscriptions/api";
import { replaceSubscriptions } from "@/lib/subscriptions/service";

// GET /api/v1/users/{id}/subscriptions – the user's own subscriptions and preferences
export const GET = withApi(operation("getUserSubscriptions"), async ({ params, key }) =>
  subscriptionsResponse(key, { kind: "user", id: params.id }),
);

// PUT /api/v1/users/{id}/subscriptions – replace the user's subscriptions (and preferences, when given)
export const PUT = withApi(operation("putUserSubscriptions"), async ({ params, body, key, actor }) => {
  const subject = { kind: "user", id: params.id } as const;
  await replaceSubscriptions(db, actor, subject, body);
  return subscriptionsResponse(key, subject);
});
