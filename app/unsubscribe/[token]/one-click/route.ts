import { z } from "zod";
import { withToken } from "@/lib/api/with-token";
import { db } from "@/lib/db";
import { unsubscribeWithToken } from "@/lib/subscriptions/unsubscribe";

const oneClickForm = z.object({
  "List-Unsubscribe": z.literal("One-Click", {
    error: "Expected a form body 'List-Unsubscribe=One-Click' (RFC 8058)",
  }),
});

// POST /unsubscribe/{token}/one-click – RFC 8058 one-click unsubscribe, what mail clients call for
// `List-Unsubscribe: <…/one-click>` with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`.
// No session: the signed token is the credential. 200 once muted; 400 for a tampered, expired or
// malformed token or body; 409 for a mandatory type; nothing changes unless it answers 200.
// (A page and a route cannot share a path in Next, so the confirmation page is /unsubscribe/{token}.)
export const POST = withToken(
  { params: z.object({ token: z.string().min(1).max(2000) }), form: oneClickForm },
  async ({ params, ip, requestId }) => {
    const { typeKey } = await unsubscribeWithToken(db, params.token, { ip, requestId });
    return { unsubscribed: true, typeKey };
  },
);
