import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/respond";
import { withSession } from "@/lib/api/with-session";
import { ADMIN_ONLY } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { subjectFromRoute } from "@/lib/subscriptions/route-params";
import { copyBodySchema } from "@/lib/subscriptions/schemas";
import { copySubscriptions } from "@/lib/subscriptions/service";

type Params = { kind: string; id: string };

// POST /api/internal/subscriptions/{kind}/{id}/copy – copy another user's or group's subscriptions onto this subject
export const POST = withSession<Params>(
  async ({ request, params, actor }) => {
    const to = subjectFromRoute(params);
    const { from, strategy } = await parseJsonBody(request, copyBodySchema);
    const result = await copySubscriptions(db, actor, { from, to, strategy });
    return NextResponse.json({
      subscriptions: result.after,
      sourceName: result.sourceName,
      counts: { created: result.created, updated: result.updated, removed: result.removed },
    });
  },
  { roles: ADMIN_ONLY },
);
