// No "server-only": the dispatch worker runs outside Next and imports the transports.
import { Resend, type CreateBatchOptions, type CreateEmailOptions } from "resend";
import { classifyHttpFailure } from "./classify";
import {
  MailTransportError,
  messageFields,
  type BatchItemResult,
  type MailMessage,
  type MailTransport,
} from "./types";

export interface ResendTransportOptions {
  apiKey: string;
  /** A regional endpoint, or a fake in tests. */
  baseUrl?: string;
  /** A call without an answer after this long is abandoned as a (retryable) timeout. */
  timeoutMs?: number;
}

/** Resend's batch endpoint takes at most this many e-mails per call. */
export const RESEND_BATCH_LIMIT = 100;

/** Resend keeps an Idempotency-Key for 24 h and accepts at most 256 characters. */
const MAX_KEY_LENGTH = 256;

/**
 * Resend's HTTP API. Single sends carry the delivery's idempotency key; batches go through
 * /emails/batch under the batch key with permissive validation, so one bad address fails only its
 * own e-mail. Resend sets the Return-Path itself (its bounce domain), so MAIL_RETURN_PATH is SMTP's.
 */
export function createResendTransport(options: ResendTransportOptions): MailTransport {
  const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  const timeoutMs = options.timeoutMs ?? 30_000;

  return {
    name: "RESEND",
    async send(message) {
      const { data, error, headers } = await resend.emails.send(toResend(message), {
        ...(message.idempotencyKey ? { idempotencyKey: key(message.idempotencyKey) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (error || !data) throw failure(error, headers);
      return { id: data.id };
    },

    async sendBatch(messages, batchKey) {
      if (messages.length === 0) return [];
      if (messages.length > RESEND_BATCH_LIMIT) {
        throw new MailTransportError(`A Resend batch holds at most ${RESEND_BATCH_LIMIT} e-mails`, false);
      }
      const emails: CreateBatchOptions = messages.map(toResend);
      const { data, error, headers } = await resend.batch.send(emails, {
        idempotencyKey: key(batchKey),
        batchValidation: "permissive",
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (error || !data) throw failure(error, headers);
      return batchResults(messages.length, data);
    },
  };
}

/**
 * Permissive batches answer `data` for the accepted e-mails, in order, and `errors` with the index of
 * each refused one (a validation problem of that e-mail: permanent).
 */
function batchResults(
  count: number,
  answer: { data: { id: string }[]; errors?: { index: number; message: string }[] },
): BatchItemResult[] {
  const refused = new Map((answer.errors ?? []).map((item) => [item.index, item.message]));
  const ids = [...answer.data];
  const results: BatchItemResult[] = [];
  for (let index = 0; index < count; index++) {
    const refusal = refused.get(index);
    const accepted = refusal === undefined ? ids.shift() : undefined;
    if (accepted) results.push({ ok: true, id: accepted.id });
    else {
      // A refusal is that e-mail's validation problem (422); an e-mail with neither id nor refusal
      // cannot be told apart from a sent one, so it is not retried either.
      const error = refusal
        ? new MailTransportError(`Resend: ${refusal}`, false, 422)
        : new MailTransportError("Resend: the batch answer has no id for this e-mail", false);
      results.push({ ok: false, error });
    }
  }
  return results;
}

function toResend(message: MailMessage): CreateEmailOptions {
  return { ...messageFields(message), ...deliveryTag(message) };
}

/** Resend tag values allow ASCII letters, digits, "_" and "-" only (else the e-mail is refused). */
const TAG_VALUE = /^[A-Za-z0-9_-]{1,256}$/;

/**
 * Webhooks echo the tags: they find the delivery even before its provider id is recorded. The id is
 * the message's deliveryId, else its X-Herald-Delivery-Id header.
 */
function deliveryTag(message: MailMessage) {
  const header = Object.entries(message.headers ?? {}).find(
    ([name]) => name.toLowerCase() === "x-herald-delivery-id",
  );
  const id = message.deliveryId ?? header?.[1];
  return id && TAG_VALUE.test(id) ? { tags: [{ name: "delivery_id", value: id }] } : {};
}

function key(value: string) {
  return value.slice(0, MAX_KEY_LENGTH);
}

function failure(
  error: { statusCode?: number | null; name?: string; message?: string } | null,
  headers: Record<string, string> | null,
): MailTransportError {
  return classifyHttpFailure({
    status: error?.statusCode,
    name: error?.name,
    message: `Resend: ${error?.message ?? "no answer"}`,
    retryAfter: headers?.["retry-after"],
  });
}
