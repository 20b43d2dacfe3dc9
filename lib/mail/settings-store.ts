// Reading the one MailSettings row as the sender uses it. No "server-only": the worker imports it
// through the mail sender. (The settings page's reads and audited writes are in settings.ts.)
import type { Database } from "@/lib/db/client";
import { env } from "@/lib/env";
import { envPrimaryTransport } from "./transports";
import type { MailTransportName } from "./types";

export interface EffectiveMailSettings {
  primary: MailTransportName;
  /** Never the primary itself. */
  secondary: MailTransportName | null;
  failoverAfter: number;
  coolDownSeconds: number;
  /** The settings' Reply-To, else MAIL_REPLY_TO, else none. */
  replyTo: string | null;
  /** Whether an administrator saved settings (else they come from MAIL_TRANSPORT). */
  saved: boolean;
}

export const DEFAULT_FAILOVER_AFTER = 3;
export const DEFAULT_COOL_DOWN_SECONDS = 300;

export async function loadMailSettings(db: Database): Promise<EffectiveMailSettings> {
  const row = await db.mailSettings.findUnique({
    where: { id: 1 },
    select: { primary: true, secondary: true, failoverAfter: true, coolDownSeconds: true, replyTo: true },
  });
  if (!row) {
    return {
      primary: envPrimaryTransport(),
      secondary: null,
      failoverAfter: DEFAULT_FAILOVER_AFTER,
      coolDownSeconds: DEFAULT_COOL_DOWN_SECONDS,
      replyTo: env.MAIL_REPLY_TO ?? null,
      saved: false,
    };
  }
  return {
    primary: row.primary,
    secondary: row.secondary && row.secondary !== row.primary ? row.secondary : null,
    failoverAfter: Math.max(1, row.failoverAfter),
    coolDownSeconds: Math.max(0, row.coolDownSeconds),
    replyTo: row.replyTo ?? env.MAIL_REPLY_TO ?? null,
    saved: true,
  };
}
