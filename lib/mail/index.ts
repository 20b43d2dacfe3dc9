import "server-only";
import { db } from "@/lib/db";
import { createMailSender, type MailSender } from "./sender";
import { envPrimaryTransport, transportFromEnv } from "./transports";
import type { MailTransport } from "./types";

export type { MailMessage, MailTransport } from "./types";
export { MailTransportError } from "./types";
export { mailFrom } from "./transports";

let transport: MailTransport | undefined;
let sender: MailSender | undefined;

/** The transport MAIL_TRANSPORT names (lib/env.ts checks its settings at boot). */
export function getMailTransport(): MailTransport {
  // lib/env.ts refuses to boot when MAIL_TRANSPORT's settings are missing, so this always builds.
  transport ??= transportFromEnv(db, envPrimaryTransport())!;
  return transport;
}

/** The web process's mail sender (settings, failover, health); workers build their own. */
export function getMailSender(): MailSender {
  sender ??= createMailSender(db);
  return sender;
}
