// Every setting Herald reads, validated once. Modules read `env`, never process.env (lint enforces it).
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1");

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
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
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
