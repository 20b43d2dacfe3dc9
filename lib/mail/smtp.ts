// No "server-only": the dispatch worker runs outside Next and imports the transports.
import nodemailer from "nodemailer";
import { classifySmtpFailure } from "./classify";
import { messageFields, type MailTransport } from "./types";

export interface SmtpTransportOptions {
  /**
   * smtp://user:pass@relay.bank.example:587 (plain, upgraded with STARTTLS when the relay offers it)
   * or smtps://…:465 (TLS from the first byte). Credentials percent-encoded.
   */
  url: string;
  /**
   * Refuse to send unless the connection is upgraded with STARTTLS. Unset: required when the URL carries
   * credentials (they must never cross the network in clear), opportunistic otherwise.
   */
  requireTls?: boolean;
  /** Verify the relay's certificate (default). false accepts a self-signed relay: configure, never default. */
  rejectUnauthorized?: boolean;
  /** The envelope sender (MAIL FROM, which becomes Return-Path): where bounces go. */
  returnPath?: string;
  /** Connection, greeting and socket timeouts. */
  timeoutMs?: number;
}

/** SMTP through nodemailer: TLS or STARTTLS, AUTH from the URL, Reply-To, Return-Path. */
export function createSmtpTransport(options: SmtpTransportOptions): MailTransport {
  const timeout = options.timeoutMs ?? 30_000;
  const transporter = nodemailer.createTransport({
    ...connection(options.url),
    requireTLS: startTlsRequired(options.url, options.requireTls),
    tls: { rejectUnauthorized: options.rejectUnauthorized ?? true },
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    name: "SMTP",
    async send(message) {
      try {
        const info = await transporter.sendMail({
          ...messageFields(message),
          // nodemailer derives the envelope from From/To unless told; only the sender changes here.
          ...(options.returnPath ? { envelope: { from: options.returnPath, to: message.to } } : {}),
        });
        return { id: info.messageId };
      } catch (error) {
        throw classifySmtpFailure(error);
      }
    },
  };
}

/**
 * Whether an smtp:// connection must be upgraded with STARTTLS before anything is sent: as configured,
 * or by default whenever the URL carries credentials. (smtps:// is TLS from the first byte.)
 */
export function startTlsRequired(url: string, requireTls: boolean | undefined): boolean {
  const { secure, auth } = connection(url);
  return !secure && (requireTls ?? auth !== undefined);
}

/**
 * Host, port, TLS mode and credentials from the URL. (nodemailer's own `url` option would drop every
 * other option given beside it, the TLS settings included.)
 */
export function connection(url: string) {
  const parsed = new URL(url);
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${parsed.protocol}//`);
  }
  const secure = parsed.protocol === "smtps:";
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    ...(parsed.username
      ? { auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } }
      : {}),
  };
}
