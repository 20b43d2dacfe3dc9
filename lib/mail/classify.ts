// Error classification, in one place: whether a failed send may succeed later (retryable: the worker
// backs off and tries again, and the failure counts against the transport's health) or never will
// (permanent: the delivery fails at once, and the transport is not blamed). Pure; the worker imports it.
import { MailTransportError } from "./types";

/** Longest Retry-After honoured; a provider asking for more is treated as asking for this. */
const MAX_RETRY_AFTER_SECONDS = 24 * 60 * 60;

/**
 * An HTTP provider's answer (Resend). No status: the request never got an answer (refused, reset,
 * timed out) → retryable. 429 and 5xx → retryable, with Retry-After when given. 401 (the API key is
 * missing or revoked) is the transport's configuration, not the message's: retryable, so it counts
 * against the transport's health and failover can take over. 409 while the same key is still being
 * processed (`concurrent_idempotent_requests`) → retryable. Any other 4xx (422 invalid address, 403,
 * 409 same key with another body…) → permanent.
 */
export function classifyHttpFailure(input: {
  status?: number | null;
  name?: string | null;
  message: string;
  retryAfter?: string | null;
}): MailTransportError {
  const status = input.status ?? undefined;
  const retryable =
    status === undefined ||
    status === 429 ||
    status >= 500 ||
    status === 401 ||
    (status === 409 && input.name === "concurrent_idempotent_requests");
  return new MailTransportError(
    input.message,
    retryable,
    status,
    retryable ? parseRetryAfter(input.retryAfter) : undefined,
  );
}

/**
 * An SMTP failure (nodemailer). A reply code says it: 4xx temporary → retryable, 5xx → permanent;
 * except authentication (535/534/530) and TLS failures, which are the relay's configuration, not the
 * message's → retryable, counted against the transport. No reply code: connection refused, reset,
 * timeout, DNS → retryable.
 */
export function classifySmtpFailure(error: unknown): MailTransportError {
  if (error instanceof MailTransportError) return error;
  const details = (typeof error === "object" && error !== null ? error : {}) as {
    responseCode?: unknown;
    code?: unknown;
    message?: unknown;
  };
  const code = typeof details.responseCode === "number" ? details.responseCode : undefined;
  const kind = typeof details.code === "string" ? details.code : undefined;
  const message = `SMTP: ${typeof details.message === "string" ? details.message : String(error)}`;
  const configuration = kind === "EAUTH" || kind === "ETLS" || kind === "ENOAUTH";
  const retryable = configuration || code === undefined || (code >= 400 && code < 500);
  return new MailTransportError(message, retryable, code);
}

/** Seconds from a Retry-After header: delta-seconds or an HTTP date; undefined when absent or garbage. */
export function parseRetryAfter(value: string | null | undefined, now = new Date()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  let seconds: number;
  if (/^\d+(\.\d+)?$/.test(trimmed)) seconds = Number(trimmed);
  else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return undefined;
    seconds = (at - now.getTime()) / 1000;
  }
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  return Math.min(Math.ceil(seconds), MAX_RETRY_AFTER_SECONDS);
}

/** Anything thrown by a transport, as a MailTransportError (unknown errors are retryable). */
export function asTransportError(error: unknown): MailTransportError {
  if (error instanceof MailTransportError) return error;
  return new MailTransportError(error instanceof Error ? error.message : String(error), true);
}
