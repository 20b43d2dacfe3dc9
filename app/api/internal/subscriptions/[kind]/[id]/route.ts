import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/respond";
import { withSession } from "@/lib/api/with-session";
import { ADMIN_ONLY, STAFF } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { getSubjectSubscriptions } from "@/lib/subscriptions/queries";
import { subjectFromRoute } from "@/lib/subscriptions/route-params";
import { toggleBodySchema } from "@/lib/subscriptions/schemas";
import { setSubscription } from "@/lib/subscriptions/service";

type Params = { kind: string; id: string };

// GET /api/internal/subscriptions/{kind}/{id} – a user's, group's or contact's subscriptions (and preferences)
export const GET = withSession<Params>(
  async ({ params }) => NextResponse.json(await getSubjectSubscriptions(db, subjectFromRoute(params))),
  { roles: STAFF },
);

// PUT /api/internal/subscriptions/{kind}/{id} – one toggle of the matrix: subscribe (with a mode) or unsubscribe
export const PUT = withSession<Params>(
  async ({ request, params, actor }) => {
    const subject = subjectFromRoute(params);
    const body = await parseJsonBody(request, toggleBodySchema);
    const subscriptions = await setSubscription(db, actor, { subject, ...body });
    return NextResponse.json({ subscriptions });
  },
  { roles: ADMIN_ONLY },
);
