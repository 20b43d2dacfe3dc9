// Every setting Herald reads, validated once. Modules read `env`, never process.env (lint enforces it).
import { z } from "zod";
import { isSupportedTimeZone } from "@/lib/users/time-zones";

const bool = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1");

/** A switch that is on unless set to "false" or "0". */
const boolDefaultTrue = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value !== "false" && value !== "0");

const isBuild = process.env.NEXT_PHASE === "phase-production-build";

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: isBuild
    ? z.string().default("postgresql://build-time-placeholder/herald")
    : z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  AUTH_SECRET: isBuild ? z.string().default("build-time-placeholder-secret-000000000") : z.string().min(32),
  APP_URL: z.string().url().default("http://localhost:3000"),
  TRUST_PROXY: bool,
  MAIL_TRANSPORT: z.enum(["mailbox", "smtp", "resend"]).default("mailbox"),
  MAIL_FROM: z.string().default("Herald <herald@localhost>"),
  SMTP_URL: z.string().url().optional(),
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: z.string().url().optional(),
  /** Signing secret of Resend's webhooks (Svix scheme); unset: /api/webhooks/resend refuses everything. */
  RESEND_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, { message: "RESEND_WEBHOOK_SECRET must look like whsec_<base64>" })
    .optional(),
  /**
   * Upgrade smtp:// connections with STARTTLS or refuse to send. Unset: required when SMTP_URL carries
   * credentials, opportunistic otherwise; "false" allows credentials over a relay without STARTTLS.
   */
  SMTP_REQUIRE_TLS: z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "true" || value === "1")),
  /** Verify the SMTP relay's certificate; false accepts a self-signed relay. */
  SMTP_TLS_REJECT_UNAUTHORIZED: boolDefaultTrue,
  /** Reply-To of every e-mail unless the mail settings name one. */
  MAIL_REPLY_TO: z.string().email({ message: "MAIL_REPLY_TO must be an e-mail address" }).optional(),
  /** Envelope sender (Return-Path) for SMTP: where bounces go. */
  MAIL_RETURN_PATH: z.string().email({ message: "MAIL_RETURN_PATH must be an e-mail address" }).optional(),
  /** A transport call without an answer after this many seconds is a (retryable) timeout. */
  MAIL_SEND_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Delivery workers `npm start` runs beside the web server (0: none; run `npm run worker` elsewhere). */
  HERALD_WORKERS: z.coerce.number().int().min(0).max(16).default(1),
  /** Whether this instance runs the periodic jobs (each scheduled run happens once across instances). */
  HERALD_SCHEDULER: boolDefaultTrue,
  /** Herald's own data (embedded PostgreSQL, generated secrets); the disk report measures its volume. */
  HERALD_DATA_DIR: z.string().min(1).default(".data"),
  /** Deliveries (and then events left without any) older than this many days are purged. */
  HERALD_RETENTION_DAYS: z.coerce.number().int().min(1).max(36500).default(400),
  /** When the daily reports are made (HH:MM, 24 h) in HERALD_REPORTS_TIME_ZONE; each covers the day before. */
  HERALD_REPORTS_AT: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "HERALD_REPORTS_AT must be a time like 06:00" })
    .default("06:00"),
  /** The installation's zone for the daily reports: their hour and the day they cover. */
  HERALD_REPORTS_TIME_ZONE: z
    .string()
    .refine(isSupportedTimeZone, {
      message: "HERALD_REPORTS_TIME_ZONE must be an IANA zone, e.g. Europe/Lisbon",
    })
    .default("UTC"),
  /** How long a worker's claim on a delivery lasts before another worker may take it over. */
  HERALD_WORKER_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Loopback port where a worker process serves its own Prometheus metrics (send latency); 0: none. */
  HERALD_WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
});

export type Env = z.infer<typeof envSchema>;

function parse(): Env {
  const result = envSchema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration (see .env.example):\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (env.MAIL_TRANSPORT === "smtp" && !env.SMTP_URL) throw new Error("MAIL_TRANSPORT=smtp needs SMTP_URL");
  if (env.MAIL_TRANSPORT === "resend" && !env.RESEND_API_KEY)
    throw new Error("MAIL_TRANSPORT=resend needs RESEND_API_KEY");
  return env;
}

export const env = parse();
