import "server-only";
import nodemailer from "nodemailer";
import { MailTransportError, safeHeaders, type MailMessage, type MailTransport } from "./types";

/** SMTP through nodemailer; `url` like smtp://user:pass@mail.bank.example:587 or smtps://…:465. */
export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: "smtp",
    async send(message: MailMessage) {
      try {
        const info = await transporter.sendMail({
          to: message.to,
          from: message.from,
          subject: message.subject,
          html: message.html,
          text: message.text,
          headers: safeHeaders(message.headers),
        });
        return { id: info.messageId };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 4xx replies are temporary by definition in SMTP; 5xx are permanent; no reply at all is network.
        const retryable = code === undefined || (code >= 400 && code < 500);
        throw new MailTransportError(`SMTP send failed: ${(error as Error).message}`, retryable, code);
      }
    },
  };
}
