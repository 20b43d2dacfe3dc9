// Herald's structured logs: one JSON object per line on stdout (pino), with the service and instance
// that wrote it, the request id of the request being served (request-context.ts), and secrets
// redacted wherever they appear in a logged object. No "server-only" and no lib/env import: the
// launcher logs before the configuration is complete; lib/log.ts builds the app's logger from env.
import { hostname } from "node:os";
import path from "node:path";
import { pino, type DestinationStream, type Logger } from "pino";
import { currentRequestId } from "./request-context";

export type LogLevel = "debug" | "info" | "warn" | "error";
export const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error"];

/** Which Herald process this is, from the script it runs (`scripts/worker.ts` → "worker"). */
export type ServiceName = "web" | "worker" | "launcher" | "test";

export function serviceFromArgv(argv: readonly string[] = process.argv): ServiceName {
  const script = path.basename(argv[1] ?? "").replace(/\.[cm]?[jt]s$/, "");
  if (script === "worker") return "worker";
  if (script === "herald") return "launcher";
  if (script.includes("vitest")) return "test";
  return "web";
}

/** A stable id for this process run: host and pid. */
export const instanceId = `${hostname()}:${process.pid}`;

const SECRET_KEYS = [
  "password",
  "passwordHash",
  "newPassword",
  "currentPassword",
  "secret",
  "token",
  "accessToken",
  "refreshToken",
  "apiKey",
  "api_key",
  "authorization",
  "Authorization",
  "cookie",
  "Cookie",
  "set-cookie",
  "x-api-key",
  "RESEND_API_KEY",
  "AUTH_SECRET",
  "RESEND_WEBHOOK_SECRET",
];

/**
 * pino redact paths: each secret key at the top level, one level down (`headers.authorization`,
 * `user.password`) and two levels down (`req.headers.cookie`). Values are replaced, keys kept.
 */
export const REDACT_PATHS = SECRET_KEYS.flatMap((key) => {
  const member = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`;
  return [member.startsWith(".") ? key : member, `*${member}`, `*.*${member}`];
});

const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^/@\s:]+)(?::[^/@\s]*)?@/gi;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
/** Herald API keys are `hk_<id>_<secret>` (lib/api-keys/secret.ts): the id may stay, the secret not. */
const HERALD_KEY = /\b(hk_[A-Za-z0-9]+)_[A-Za-z0-9_-]+/g;

/** Credentials inside free text: `smtp://user:pass@host` → `smtp://[REDACTED]@host`, bearer tokens, API keys. */
export function scrubText(text: string): string {
  return text
    .replace(URL_CREDENTIALS, "$1[REDACTED]@")
    .replace(BEARER, "$1 [REDACTED]")
    .replace(HERALD_KEY, "$1_[REDACTED]");
}

export interface LoggerOptions {
  level?: LogLevel;
  service?: ServiceName;
  /** Where lines go; stdout by default (tests pass a stream). */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      base: { service: options.service ?? serviceFromArgv(), instance: instanceId },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      messageKey: "msg",
      redact: { paths: REDACT_PATHS, censor: "[REDACTED]" },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      hooks: {
        // Free text (messages, and error messages/stacks via the err serializer) can carry a URL
        // with credentials or a bearer token; scrub it.
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === "string" ? scrubText(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
      serializers: {
        err: (error: unknown) => {
          const serialized = pino.stdSerializers.err(error as Error);
          if (typeof serialized.message === "string") serialized.message = scrubText(serialized.message);
          if (typeof serialized.stack === "string") serialized.stack = scrubText(serialized.stack);
          return serialized;
        },
      },
    },
    options.destination,
  );
}

/** LOG_LEVEL as the launcher reads it before lib/env.ts can run (unknown values fall back to info). */
export function parseLogLevel(value: string | undefined): LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value ?? "") ? (value as LogLevel) : "info";
}
