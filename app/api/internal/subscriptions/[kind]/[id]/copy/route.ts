import { withSession } from "@/lib/api/with-session";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { subjectRouteParams } from "@/lib/subscriptions/route-params";
import { copyBodySchema } from "@/lib/subscriptions/schemas";
import { copySubscriptions } from "@/lib/subscriptions/service";

// POST /api/internal/subscriptions/{kind}/{id}/copy – copy another user's or group's subscriptions onto this subject
export const POST = withSession(
  { roles: ADMIN_ONLY, params: subjectRouteParams, body: copyBodySchema },
  async ({ params: to, body: { from, strategy }, actor }) => {
    const result = await copySubscriptions(db, actor, { from, to, strategy });
    return {
      subscriptions: result.after,
      sourceName: result.sourceName,
      counts: { created: result.created, updated: result.updated, removed: result.removed },
    };
  },
);
