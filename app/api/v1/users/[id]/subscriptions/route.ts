import { parseJsonBody } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { putSubscriptionsBodySchema } from "@/lib/api/operations/subscriptions";
import { db } from "@/lib/db";
import { subjectFromParams, subscriptionsResponse, withEnglishErrors } from "@/lib/subscriptions/api";
import { replaceSubscriptions } from "@/lib/subscriptions/service";

type Params = { id: string };

// GET /api/v1/users/{id}/subscriptions – the user's own subscriptions and preferences
export const GET = withApi<Params>(
  async ({ params }) => {
    const subject = subjectFromParams("user", params);
    return withEnglishErrors(() => subscriptionsResponse(db, subject));
  },
  { scope: "subscriptions:read" },
);

// PUT /api/v1/users/{id}/subscriptions – replace the user's subscriptions (and preferences, when given)
export const PUT = withApi<Params>(
  async ({ request, params, actor }) => {
    const subject = subjectFromParams("user", params);
    const body = await parseJsonBody(request, putSubscriptionsBodySchema);
    return withEnglishErrors(async () => {
      await replaceSubscriptions(db, actor, subject, body);
      return subscriptionsResponse(db, subject);
    });
  },
  { scope: "subscriptions:write" },
);
