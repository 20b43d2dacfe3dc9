// The one interface Herald sends e-mail through. Implementations: the built-in mailbox (a table),
// SMTP (nodemailer) and Resend. Pure types and an error class: no server-only needed.

export interface MailMessage {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  /** The same key sent twice delivers once, where the provider supports it (Resend: 24 h). */
  idempotencyKey?: string;
}

export interface MailTransport {
  readonly name: "mailbox" | "smtp" | "resend";
  send(message: MailMessage): Promise<{ id: string }>;
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
