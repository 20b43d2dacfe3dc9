import { withSession } from "@/lib/api/with-session";
import { db } from "@/lib/db";
import { getRecipientDeliveries } from "@/lib/subscriptions/queries";
import { myChangeBodySchema } from "@/lib/subscriptions/schemas";
import { setMyDelivery, setMyMode } from "@/lib/subscriptions/self-service";

// GET /api/internal/subscriptions/me – what the signed-in person receives, type by type, and why
export const GET = withSession({}, async ({ viewer }) => ({
  deliveries: await getRecipientDeliveries(viewer, { kind: "user", id: viewer.id }),
}));

// PATCH /api/internal/subscriptions/me – receive a type or not ({ typeKey, receive }), or its mode ({ typeKey, mode })
export const PATCH = withSession({ body: myChangeBodySchema }, async ({ body, viewer, actor }) => {
  const me = { id: viewer.id, role: viewer.role };
  const delivery =
    "receive" in body
      ? await setMyDelivery(db, actor, me, body.typeKey, body.receive)
      : await setMyMode(db, actor, me, body.typeKey, body.mode);
  return { delivery };
});
