import { withSession } from "@/lib/api/with-session";
import { ADMIN_ONLY, STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { getSubjectSubscriptions } from "@/lib/subscriptions/queries";
import { subjectRouteParams } from "@/lib/subscriptions/route-params";
import { toggleBodySchema } from "@/lib/subscriptions/schemas";
import { setSubscription } from "@/lib/subscriptions/service";

// GET /api/internal/subscriptions/{kind}/{id} – a user's, group's or contact's subscriptions (and preferences)
export const GET = withSession({ roles: STAFF, params: subjectRouteParams }, async ({ params, viewer }) =>
  getSubjectSubscriptions(viewer, params),
);

// PUT /api/internal/subscriptions/{kind}/{id} – one toggle of the matrix: subscribe (with a mode) or unsubscribe
export const PUT = withSession(
  { roles: ADMIN_ONLY, params: subjectRouteParams, body: toggleBodySchema },
  async ({ params, body, actor }) => ({
    subscriptions: await setSubscription(db, actor, { subject: params, ...body }),
  }),
);
