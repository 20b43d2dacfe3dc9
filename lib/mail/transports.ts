// The transports this instance can use, built from the environment (secrets never leave it).
// No "server-only": the dispatch worker runs outside Next and imports it.
import type { Database } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createMailboxTransport } from "./mailbox";
import { createResendTransport } from "./resend";
import { createSmtpTransport, startTlsRequired } from "./smtp";
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

/** Non-secret facts about a transport's configuration, for the settings page. */
export interface TransportConfiguration {
  configured: boolean;
  /** SMTP: host and port; Resend: the API host. */
  endpoint: string | null;
  /** SMTP: "tls" (smtps), "starttls-required" or "starttls-opportunistic". */
  security: "tls" | "starttls-required" | "starttls-opportunistic" | null;
  /** SMTP: whether the URL carries credentials. */
  authenticated: boolean;
  /** SMTP: whether the relay's certificate is verified. */
  verifiesCertificate: boolean | null;
  /** SMTP: the envelope sender. */
  returnPath: string | null;
  /** Resend: whether webhooks can be verified. */
  webhookSecretSet: boolean | null;
}

export function transportConfiguration(name: MailTransportName): TransportConfiguration {
  const none: TransportConfiguration = {
    configured: isTransportConfigured(name),
    endpoint: null,
    security: null,
    authenticated: false,
    verifiesCertificate: null,
    returnPath: null,
    webhookSecretSet: null,
  };
  if (name === "SMTP" && env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    const tls = url.protocol === "smtps:";
    return {
      ...none,
      endpoint: `${url.hostname}:${url.port || (tls ? 465 : 587)}`,
      security: tls
        ? "tls"
        : startTlsRequired(env.SMTP_URL, env.SMTP_REQUIRE_TLS)
          ? "starttls-required"
          : "starttls-opportunistic",
      authenticated: Boolean(url.username),
      verifiesCertificate: env.SMTP_TLS_REJECT_UNAUTHORIZED,
      returnPath: env.MAIL_RETURN_PATH ?? null,
    };
  }
  if (name === "RESEND" && env.RESEND_API_KEY) {
    return {
      ...none,
      endpoint: new URL(env.RESEND_BASE_URL ?? "https://api.resend.com").host,
      webhookSecretSet: Boolean(env.RESEND_WEBHOOK_SECRET),
    };
  }
  return none;
}

/** Removes the transports' secrets from text shown to people (an error message that quotes a URL). */
export function redactSecrets(text: string): string {
  const secrets = [env.RESEND_API_KEY, env.RESEND_WEBHOOK_SECRET];
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    secrets.push(url.password, decodeURIComponent(url.password), env.SMTP_URL);
  }
  let result = text;
  const longestFirst = secrets
    .filter((secret): secret is string => Boolean(secret && secret.length >= 4))
    .sort((a, b) => b.length - a.length);
  for (const secret of longestFirst) result = result.split(secret).join("•••");
  return result;
}
