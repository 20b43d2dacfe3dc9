// Signing Resend webhooks in tests and e2e with a known TEST-ONLY secret. The server under test must
// run with RESEND_WEBHOOK_SECRET=TEST_RESEND_WEBHOOK_SECRET.
import { signResendWebhook, type SignedHeaders } from "@/lib/mail/webhooks";

/** whsec_ + base64("herald-test-webhook-secret-only!"): test-only, protects nothing. */
export const TEST_RESEND_WEBHOOK_SECRET = "whsec_aGVyYWxkLXRlc3Qtd2ViaG9vay1zZWNyZXQtb25seSE=";

export interface ResendEventInput {
  type:
    | "email.sent"
    | "email.delivered"
    | "email.delivery_delayed"
    | "email.bounced"
    | "email.complained"
    | string;
  emailId: string;
  to: string;
  deliveryId?: string;
  bounce?: { type: "Permanent" | "Transient" | "Undetermined"; subType?: string; message?: string };
  createdAt?: Date;
}

/** A Resend webhook body shaped like Resend's (https://resend.com/docs/dashboard/webhooks/event-types). */
export function resendEventBody(input: ResendEventInput): string {
  const createdAt = (input.createdAt ?? new Date()).toISOString();
  return JSON.stringify({
    type: input.type,
    created_at: createdAt,
    data: {
      created_at: createdAt,
      email_id: input.emailId,
      from: "Herald <herald@bank.example>",
      to: [input.to],
      subject: "Herald notification",
      ...(input.deliveryId ? { tags: { delivery_id: input.deliveryId } } : {}),
      ...(input.bounce ? { bounce: input.bounce } : {}),
    },
  });
}

/** Headers for `body` signed with the test secret (or another, to forge one), optionally back-dated. */
export function signedHeaders(
  body: string,
  options: { secret?: string; id?: string; timestamp?: Date } = {},
): SignedHeaders & { "content-type": string } {
  return {
    "content-type": "application/json",
    ...signResendWebhook({
      secret: options.secret ?? TEST_RESEND_WEBHOOK_SECRET,
      body,
      id: options.id,
      timestamp: options.timestamp,
    }),
  };
}
