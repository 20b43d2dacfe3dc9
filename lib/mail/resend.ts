import "server-only";
import { Resend } from "resend";
import { MailTransportError, safeHeaders, type MailMessage, type MailTransport } from "./types";

/** Resend's HTTP API. `baseUrl` points it elsewhere (a regional endpoint, or a fake in tests). */
export function createResendTransport(options: { apiKey: string; baseUrl?: string }): MailTransport {
  const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  return {
    name: "resend",
    async send(message: MailMessage) {
      const { data, error, headers } = await resend.emails.send(
        {
          to: message.to,
          from: message.from,
          subject: message.subject,
          html: message.html,
          text: message.text,
          headers: safeHeaders(message.headers),
        },
        message.idempotencyKey ? { idempotencyKey: message.idempotencyKey.slice(0, 256) } : undefined,
      );
      if (error || !data) {
        const status = error?.statusCode ?? undefined;
        const retryAfter = Number(headers?.["retry-after"]);
        const retryable = status === undefined || status === 429 || status >= 500;
        throw new MailTransportError(
          `Resend send failed: ${error?.message ?? "no response"}`,
          retryable,
          status,
          Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
        );
      }
      return { id: data.id };
    },
  };
}
