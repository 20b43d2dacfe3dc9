// No "server-only": the dispatch worker runs outside Next and imports the transports.
import type { Database, Transaction } from "@/lib/db/client";
import { safeHeaders, type MailMessage, type MailTransport } from "./types";

/**
 * Herald's built-in mailbox: every e-mail becomes a MailboxMessage row, readable in the admin UI.
 * The default on a machine with no SMTP server or Resend account.
 */
export function createMailboxTransport(client: Database | Transaction): MailTransport {
  return {
    name: "MAILBOX",
    async send(message: MailMessage) {
      const row = await client.mailboxMessage.create({
        data: {
          to: message.to,
          from: message.from,
          subject: message.subject.replace(/[\r\n]+/g, " "),
          html: message.html,
          text: message.text,
          headers: safeHeaders({
            ...message.headers,
            ...(message.replyTo ? { "Reply-To": message.replyTo } : {}),
          }),
        },
        select: { id: true },
      });
      return { id: row.id };
    },
  };
}
