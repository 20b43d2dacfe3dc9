import { parseJsonBody } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { putSubscriptionsBodySchema } from "@/lib/api/operations/subscriptions";
import { db } from "@/lib/db";
import { subjectFromParams, subscriptionsResponse, withEnglishErrors } from "@/lib/subscriptions/api";
import { replaceSubscriptions } from "@/lib/subscriptions/service";

type Params = { id: string };

// GET /api/v1/groups/{id}/subscriptions – the group's subscriptions (every member receives them)
export const GET = withApi<Params>(
  async ({ params }) => {
    const subject = subjectFromParams("group", params);
    return withEnglishErrors(() => subscriptionsResponse(db, subject));
  },
  { scope: "subscriptions:read" },
);

// PUT /api/v1/groups/{id}/subscriptions – replace the group's subscriptions
export const PUT = withApi<Params>(
  async ({ request, params, actor }) => {
    const subject = subjectFromParams("group", params);
    const body = await parseJsonBody(request, putSubscriptionsBodySchema);
    return withEnglishErrors(async () => {
      await replaceSubscriptions(db, actor, subject, body);
      return subscriptionsResponse(db, subject);
    });
  },
  { scope: "subscriptions:write" },
);
