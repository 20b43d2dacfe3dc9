// Resend's webhooks: the Svix signature scheme (svix-id, svix-timestamp, svix-signature: HMAC-SHA256
// over "id.timestamp.body" with the whsec_ secret), verified with `standardwebhooks`, the library
// Resend's SDK uses; and the event shape Herald reads. Pure: tests and e2e sign with it too.
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { z } from "zod";

export type SignedHeaders = {
  "svix-id": string;
  "svix-timestamp": string;
  "svix-signature": string;
};

/** Headers a Resend webhook would carry for `body` (tests and e2e use this with the test secret). */
export function signResendWebhook(input: {
  secret: string;
  body: string;
  id?: string;
  timestamp?: Date;
}): SignedHeaders {
  const id = input.id ?? `msg_${crypto.randomUUID().replace(/-/g, "")}`;
  const timestamp = input.timestamp ?? new Date();
  return {
    "svix-id": id,
    "svix-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "svix-signature": new Webhook(input.secret).sign(id, timestamp, input.body),
  };
}

export type VerifyResult =
  | { ok: true; id: string }
  /** `unconfigured`: this instance has no secret to check with (the reason is for its log only). */
  | { ok: false; reason: string; unconfigured?: boolean };

/** Longest svix-id accepted: it becomes ProviderEvent's primary key. */
const MAX_ID_LENGTH = 200;

/**
 * Whether `body` was signed with `secret` by Resend less than five minutes ago (either way). Never
 * throws: a missing secret, missing headers, a bad signature or a stale timestamp are refusals.
 */
export function verifyResendWebhook(
  secret: string | undefined,
  body: string,
  headers: { get(name: string): string | null },
): VerifyResult {
  if (!secret) return { ok: false, reason: "RESEND_WEBHOOK_SECRET is not set", unconfigured: true };
  const id = headers.get("svix-id");
  const timestamp = headers.get("svix-timestamp");
  const signature = headers.get("svix-signature");
  if (!id || !timestamp || !signature) return { ok: false, reason: "Missing signature headers" };
  if (id.length > MAX_ID_LENGTH || !/^[\x21-\x7e]+$/.test(id))
    return { ok: false, reason: "Invalid svix-id" };
  try {
    new Webhook(secret).verify(
      body,
      { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": signature },
      { jsonParse: false },
    );
    return { ok: true, id };
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { ok: false, reason: error.message };
    return { ok: false, reason: "Signature could not be verified" };
  }
}

const tagsSchema = z.union([
  z.record(z.string(), z.string()),
  z
    .array(z.object({ name: z.string(), value: z.string() }))
    .transform((tags) => Object.fromEntries(tags.map((tag) => [tag.name, tag.value]))),
]);

/** The parts of a Resend webhook event Herald uses; anything else is kept in the stored payload. */
export const resendEventSchema = z.object({
  type: z.string().min(1).max(100),
  created_at: z.string().max(100).optional(),
  data: z
    .object({
      email_id: z.string().max(200).optional(),
      created_at: z.string().max(100).optional(),
      to: z.union([z.string().max(320), z.array(z.string().max(320)).max(50)]).optional(),
      tags: tagsSchema.optional().catch(undefined),
      bounce: z
        .object({
          type: z.string().max(100).optional(),
          subType: z.string().max(100).optional(),
          message: z.string().max(2000).optional(),
        })
        .optional()
        .catch(undefined),
    })
    .catch({}),
});

export type ResendEvent = z.infer<typeof resendEventSchema>;
