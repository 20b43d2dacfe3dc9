// A real SMTP server (smtp-server) on 127.0.0.1 that records what it receives, parsed by mailparser.
// Optional STARTTLS with the TEST-ONLY self-signed certificate in ./certs and optional AUTH, so tests
// exercise the same handshake a relay in a bank's network would. Test-only: never imported by the app.
//
//   const sink = await startSmtpSink({ starttls: true, auth: { user: "herald", pass: "s3cret" } });
//   createSmtpTransport({ url: sink.url, rejectUnauthorized: false })
//   sink.rejectRecipient("busy@bank.example", 451);
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SinkMessage {
  /** The envelope: MAIL FROM (the Return-Path) and RCPT TO. */
  envelope: { mailFrom: string | null; rcptTo: string[] };
  /** Whether the session was encrypted (STARTTLS) when the message came in. */
  secure: boolean;
  /** The authenticated user, when AUTH was used. */
  user?: string;
  subject: string;
  from: string;
  to: string[];
  replyTo: string[];
  messageId?: string;
  /** Every header, lower-case names, values as sent (unfolded). */
  headers: Record<string, string>;
  text?: string;
  html?: string;
  raw: string;
}

export interface SmtpSinkOptions {
  /** Offer STARTTLS with the test certificate (required before AUTH when auth is set). */
  starttls?: boolean;
  /** Require AUTH PLAIN/LOGIN with these credentials. */
  auth?: { user: string; pass: string };
}

export interface SmtpSink {
  readonly host: string;
  readonly port: number;
  /** `smtp://[user:pass@]127.0.0.1:port`, for the SMTP transport. */
  readonly url: string;
  readonly messages: readonly SinkMessage[];
  /** PEM of the sink's certificate (to trust it explicitly, e.g. with `ca`). */
  readonly certificate: string;
  /** RCPT TO this address is answered with `code` (4xx temporary, 5xx permanent). */
  rejectRecipient(address: string, code: number, message?: string): void;
  /** The next `count` messages are refused after DATA with `code`. */
  failNext(count: number, code: number, message?: string): void;
  reset(): void;
  close(): Promise<void>;
}

const certDir = path.join(import.meta.dirname, "certs");

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  let messages: SinkMessage[] = [];
  let rejected = new Map<string, { code: number; message: string }>();
  let failures: { code: number; message: string }[] = [];
  const certificate = readFileSync(path.join(certDir, "smtp-test.crt"), "utf8");

  const server = new SMTPServer({
    name: "herald-test-smtp.invalid",
    secure: false,
    logger: false,
    disableReverseLookup: true,
    ...(options.starttls
      ? { key: readFileSync(path.join(certDir, "smtp-test.key")), cert: certificate }
      : {}),
    disabledCommands: [...(options.starttls ? [] : ["STARTTLS"]), ...(options.auth ? [] : ["AUTH"])],
    authOptional: !options.auth,
    // Credentials only over TLS when TLS is offered, as a real relay insists.
    allowInsecureAuth: !options.starttls,
    onAuth(auth, _session, callback) {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass) {
        return callback(null, { user: auth.username });
      }
      callback(smtpError(535, "5.7.8 Authentication credentials invalid"));
    },
    onRcptTo(address, _session, callback) {
      const refusal = rejected.get(address.address.toLowerCase());
      if (refusal) return callback(smtpError(refusal.code, refusal.message));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const failure = failures.shift();
        if (failure) return callback(smtpError(failure.code, failure.message));
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw)
          .then((parsed) => {
            messages.push(toSinkMessage(parsed, raw, session));
            callback(null, "Message queued as TEST");
          })
          .catch((error: Error) => callback(smtpError(554, `5.6.0 Unparseable message: ${error.message}`)));
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const credentials = options.auth
    ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@`
    : "";

  return {
    host: "127.0.0.1",
    port,
    url: `smtp://${credentials}127.0.0.1:${port}`,
    certificate,
    get messages() {
      return messages;
    },
    rejectRecipient(address, code, message) {
      rejected.set(address.toLowerCase(), { code, message: message ?? `${code} refused ${address}` });
    },
    failNext(count, code, message) {
      for (let i = 0; i < count; i++)
        failures.push({ code, message: message ?? `${code} refused by the test` });
    },
    reset() {
      messages = [];
      rejected = new Map();
      failures = [];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((item) => item.value.map((entry) => entry.address ?? "")).filter(Boolean);
}

function toSinkMessage(
  parsed: ParsedMail,
  raw: string,
  session: {
    envelope: { mailFrom: false | { address: string }; rcptTo: { address: string }[] };
    secure: boolean;
    user?: string;
  },
): SinkMessage {
  const headers: Record<string, string> = {};
  for (const line of parsed.headerLines) {
    const value = line.line
      .slice(line.line.indexOf(":") + 1)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim();
    headers[line.key.toLowerCase()] = value;
  }
  return {
    envelope: {
      mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
      rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
    },
    secure: session.secure,
    user: session.user,
    subject: parsed.subject ?? "",
    from: addresses(parsed.from)[0] ?? "",
    to: addresses(parsed.to),
    replyTo: addresses(parsed.replyTo),
    messageId: parsed.messageId,
    headers,
    text: parsed.text,
    html: typeof parsed.html === "string" ? parsed.html : undefined,
    raw,
  };
}
