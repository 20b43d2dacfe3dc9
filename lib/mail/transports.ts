// The transports this instance can use, built from the environment (secrets never leave it).
// No "server-only": the dispatch worker runs outside Next and imports it.
import type { Database } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createMailboxTransport } from "./mailbox";
import { createResendTransport } from "./resend";
import { createSmtpTransport } from "./smtp";
import type { MailTransport, MailTransportName } from "./types";

export const TRANSPORT_NAMES = ["MAILBOX", "SMTP", "RESEND"] as const satisfies readonly MailTransportName[];

/** Whether the environment holds what the transport needs (the mailbox always can). */
export function isTransportConfigured(name: MailTransportName): boolean {
  if (name === "SMTP") return Boolean(env.SMTP_URL);
  if (name === "RESEND") return Boolean(env.RESEND_API_KEY);
  return true;
}

/** Builds one configured transport; undefined when the environment lacks its settings. */
export function transportFromEnv(db: Database, name: MailTransportName): MailTransport | undefined {
  const timeoutMs = env.MAIL_SEND_TIMEOUT_SECONDS * 1000;
  if (name === "SMTP") {
    if (!env.SMTP_URL) return undefined;
    return createSmtpTransport({
      url: env.SMTP_URL,
      requireTls: env.SMTP_REQUIRE_TLS,
      rejectUnauthorized: env.SMTP_TLS_REJECT_UNAUTHORIZED,
      returnPath: env.MAIL_RETURN_PATH,
      timeoutMs,
    });
  }
  if (name === "RESEND") {
    if (!env.RESEND_API_KEY) return undefined;
    return createResendTransport({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL, timeoutMs });
  }
  return createMailboxTransport(db);
}

/** Every transport the environment configures. */
export function transportsFromEnv(db: Database): Partial<Record<MailTransportName, MailTransport>> {
  const transports: Partial<Record<MailTransportName, MailTransport>> = {};
  for (const name of TRANSPORT_NAMES) {
    const transport = transportFromEnv(db, name);
    if (transport) transports[name] = transport;
  }
  return transports;
}

/** MAIL_TRANSPORT (lower-case in the environment) as the enum the database uses. */
export function envPrimaryTransport(): MailTransportName {
  return env.MAIL_TRANSPORT === "smtp" ? "SMTP" : env.MAIL_TRANSPORT === "resend" ? "RESEND" : "MAILBOX";
}

/** The From address of every e-mail. */
export function mailFrom(): string {
  return env.MAIL_FROM;
}
