import { withSession } from "@/lib/api/with-session";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { setPreference } from "@/lib/subscriptions/preferences";
import { recipientOf, subjectRouteParams } from "@/lib/subscriptions/route-params";
import { preferenceBodySchema } from "@/lib/subscriptions/schemas";

// PUT /api/internal/subscriptions/{kind}/{id}/preferences – an admin mutes (or re-modes) a type for a user or contact
export const PUT = withSession(
  { roles: ADMIN_ONLY, params: subjectRouteParams, body: preferenceBodySchema },
  async ({ params, body: { typeKey, ...change }, actor }) => ({
    preference: await setPreference(db, actor, recipientOf(params), typeKey, change),
  }),
);
