// The one interface Herald sends e-mail through. Implementations: the built-in mailbox (a table),
// SMTP (nodemailer) and Resend. Pure types and an error class: no server-only, the worker imports it.
import type { MailTransportName } from "@/generated/prisma/enums";

export type { MailTransportName } from "@/generated/prisma/enums";

export interface MailMessage {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  /** Where replies go; the mail sender fills it from the settings when the message has none. */
  replyTo?: string;
  /** The same key sent twice delivers once, where the provider supports it (Resend: 24 h). */
  idempotencyKey?: string;
  /** The Delivery this e-mail is; Resend carries it as a tag, so webhooks find the delivery by it too. */
  deliveryId?: string;
}

/** One message's result inside a provider batch. */
export type BatchItemResult = { ok: true; id: string } | { ok: false; error: MailTransportError };

export interface MailTransport {
  readonly name: MailTransportName;
  /** Sends one e-mail and returns the provider's id; throws MailTransportError when it was not accepted. */
  send(message: MailMessage): Promise<{ id: string }>;
  /**
   * Sends up to 100 e-mails in one provider call under `batchKey` (the same key with the same
   * messages is dropped by the provider as a repeat). One result per message, same order; throws
   * MailTransportError when the whole call failed. Only transports with a batch endpoint have it.
   */
  sendBatch?(messages: MailMessage[], batchKey: string): Promise<BatchItemResult[]>;
}

/**
 * A send that failed. `retryable` says whether trying again later can succeed (rate limits, 5xx,
 * network); `retryAfterSeconds` comes from the provider when it says.
 */
export class MailTransportError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "MailTransportError";
  }
}

/** Header values must not carry line breaks (header injection). */
export function safeHeaders(headers: Record<string, string> = {}): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[A-Za-z0-9-]+$/.test(name))
      throw new MailTransportError(`Invalid header name ${JSON.stringify(name)}`, false);
    result[name] = value.replace(/[\r\n]+/g, " ");
  }
  return result;
}

/** What every transport sends of a message: addresses, subject, both bodies, safe headers, Reply-To. */
export function messageFields(message: MailMessage) {
  return {
    to: message.to,
    from: message.from,
    subject: message.subject,
    html: message.html,
    text: message.text,
    headers: safeHeaders(message.headers),
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
  };
}
