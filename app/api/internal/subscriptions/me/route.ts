import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/respond";
import { withSession } from "@/lib/api/with-session";
import { db } from "@/lib/db";
import { getRecipientDeliveries } from "@/lib/subscriptions/queries";
import { myChangeBodySchema } from "@/lib/subscriptions/schemas";
import { setMyDelivery, setMyMode } from "@/lib/subscriptions/self-service";

// GET /api/internal/subscriptions/me – what the signed-in person receives, type by type, and why
export const GET = withSession(async ({ viewer }) =>
  NextResponse.json({ deliveries: await getRecipientDeliveries(db, { kind: "user", id: viewer.id }) }),
);

// PATCH /api/internal/subscriptions/me – receive a type or not ({ typeKey, receive }), or its mode ({ typeKey, mode })
export const PATCH = withSession(async ({ request, viewer, actor }) => {
  const body = await parseJsonBody(request, myChangeBodySchema);
  const me = { id: viewer.id, role: viewer.role };
  const delivery =
    "receive" in body
      ? await setMyDelivery(db, actor, me, body.typeKey, body.receive)
      : await setMyMode(db, actor, me, body.typeKey, body.mode);
  return NextResponse.json({ delivery });
});
