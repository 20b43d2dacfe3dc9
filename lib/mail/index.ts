import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createMailboxTransport } from "./mailbox";
import { createResendTransport } from "./resend";
import { createSmtpTransport } from "./smtp";
import type { MailTransport } from "./types";

export type { MailMessage, MailTransport } from "./types";
export { MailTransportError } from "./types";

let transport: MailTransport | undefined;

/** The transport MAIL_TRANSPORT names (lib/env.ts checks its settings at boot). */
export function getMailTransport(): MailTransport {
  if (!transport) {
    switch (env.MAIL_TRANSPORT) {
      case "smtp":
        transport = createSmtpTransport(env.SMTP_URL ?? "");
        break;
      case "resend":
        transport = createResendTransport({ apiKey: env.RESEND_API_KEY ?? "", baseUrl: env.RESEND_BASE_URL });
        break;
      default:
        transport = createMailboxTransport(db);
    }
  }
  return transport;
}

/** The From address of every e-mail. */
export function mailFrom(): string {
  return env.MAIL_FROM;
}
