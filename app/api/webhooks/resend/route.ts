import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { applyResendEvent } from "@/lib/mail/feedback";
import { withSignature } from "@/lib/mail/webhook-route";
import { resendEventSchema, verifyResendWebhook } from "@/lib/mail/webhooks";
import { findUnsafeText } from "@/lib/validation/text";
import type { Prisma } from "@/generated/prisma/client";

// POST /api/webhooks/resend – Resend's delivery feedback (delivered, delayed, bounced, complained),
// signed with RESEND_WEBHOOK_SECRET (Svix scheme). 401 and nothing changed for a missing, forged or
// stale signature; 200 for every verified event (a replay, an unknown type or an unknown e-mail are
// recorded or ignored, so Resend does not retry them); 400 for a signed body that is not an event.
export const POST = withSignature(
  {
    scheme: "svix",
    verify: (body, headers) => verifyResendWebhook(env.RESEND_WEBHOOK_SECRET, body, headers),
  },
  async ({ webhookId, rawBody }) => {
    let payload: unknown;
    try {
      payload = JSON.parse(rawBody);
    } catch {
      throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
    }
    if (findUnsafeText(payload, 1).length > 0) {
      throw new AppError("BAD_REQUEST", "The request body contains characters that are not allowed");
    }
    const parsed = resendEventSchema.safeParse(payload);
    if (!parsed.success) throw new AppError("BAD_REQUEST", "The request body is not a Resend event");
    const result = await applyResendEvent(db, {
      id: webhookId,
      event: parsed.data,
      payload: payload as Prisma.InputJsonValue,
    });
    return { received: true, ...result };
  },
);
