import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/respond";
import { withSession } from "@/lib/api/with-session";
import { ADMIN_ONLY } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { setPreference } from "@/lib/subscriptions/preferences";
import { recipientFromRoute } from "@/lib/subscriptions/route-params";
import { preferenceBodySchema } from "@/lib/subscriptions/schemas";

type Params = { kind: string; id: string };

// PUT /api/internal/subscriptions/{kind}/{id}/preferences – an admin mutes (or re-modes) a type for a user or contact
export const PUT = withSession<Params>(
  async ({ request, params, actor }) => {
    const recipient = recipientFromRoute(params);
    const { typeKey, ...change } = await parseJsonBody(request, preferenceBodySchema);
    return NextResponse.json({ preference: await setPreference(db, actor, recipient, typeKey, change) });
  },
  { roles: ADMIN_ONLY },
);
