import "server-only";
import type { MailTransportName } from "@/generated/prisma/enums";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isCoolingDown, transportHealthSelect, type TransportHealthState } from "./health";
import type { UpdateMailSettingsInput } from "./schemas";
import { loadMailSettings } from "./settings-store";
import {
  redactSecrets,
  TRANSPORT_NAMES,
  transportConfiguration,
  type TransportConfiguration,
} from "./transports";

export interface TransportStatus extends TransportConfiguration, TransportHealthState {
  role: "primary" | "secondary" | null;
  /** Whether sends go through it right now. */
  inUse: boolean;
}

export interface MailSettingsView {
  primary: MailTransportName;
  secondary: MailTransportName | null;
  failoverAfter: number;
  coolDownSeconds: number;
  /** The saved Reply-To (the form's value). */
  replyTo: string | null;
  /** MAIL_REPLY_TO, used when none is saved. */
  envReplyTo: string | null;
  from: string;
  saved: boolean;
  updatedAt: Date | null;
  updatedBy: string | null;
  transports: TransportStatus[];
}

/** The settings page: the order, thresholds and each transport's configuration and health (ADMIN, AUDITOR). */
export async function getMailSettingsView(
  viewer: Reader,
  _input: Record<string, never> = {},
  db: Database = defaultDb,
): Promise<MailSettingsView> {
  authorize(viewer, STAFF);
  const [effective, row, health] = await Promise.all([
    loadMailSettings(db),
    db.mailSettings.findUnique({
      where: { id: 1 },
      select: { replyTo: true, updatedAt: true, updatedBy: { select: { name: true } } },
    }),
    db.transportHealth.findMany({ select: transportHealthSelect }),
  ]);
  const now = new Date();
  const primaryHealth = health.find((entry) => entry.name === effective.primary) ?? null;
  const active =
    effective.secondary && isCoolingDown(primaryHealth, now) ? effective.secondary : effective.primary;
  return {
    primary: effective.primary,
    secondary: effective.secondary,
    failoverAfter: effective.failoverAfter,
    coolDownSeconds: effective.coolDownSeconds,
    replyTo: row?.replyTo ?? null,
    envReplyTo: env.MAIL_REPLY_TO ?? null,
    from: env.MAIL_FROM,
    saved: effective.saved,
    updatedAt: row?.updatedAt ?? null,
    updatedBy: row?.updatedBy?.name ?? null,
    transports: TRANSPORT_NAMES.map((name) => {
      const state = health.find((entry) => entry.name === name);
      return {
        name,
        ...transportConfiguration(name),
        role: name === effective.primary ? "primary" : name === effective.secondary ? "secondary" : null,
        inUse: name === active,
        consecutiveFailures: state?.consecutiveFailures ?? 0,
        coolDownUntil: state?.coolDownUntil && state.coolDownUntil > now ? state.coolDownUntil : null,
        lastError: state?.lastError ? redactSecrets(state.lastError) : null,
        lastSuccessAt: state?.lastSuccessAt ?? null,
        lastFailureAt: state?.lastFailureAt ?? null,
      };
    }),
  };
}

/**
 * Saves the transport order, failover thresholds and Reply-To, audited with before and after. Only
 * transports this instance is configured for (their secrets are in its environment) may be chosen.
 * Workers pick the change up within a few seconds (the sender's settings cache).
 */
export async function updateMailSettings(db: Database, actor: AuditActor, input: UpdateMailSettingsInput) {
  const unconfigured: Record<string, string[]> = {};
  for (const field of ["primary", "secondary"] as const) {
    const name = input[field];
    if (name && !transportConfiguration(name).configured) unconfigured[field] = ["transportNotConfigured"];
  }
  if (Object.keys(unconfigured).length > 0) throw new AppError("BAD_REQUEST", "checkFields", unconfigured);

  const data = {
    primary: input.primary,
    secondary: input.secondary,
    failoverAfter: input.failoverAfter,
    coolDownSeconds: input.coolDownSeconds,
    replyTo: input.replyTo,
  };
  return db.$transaction(async (tx) => {
    const before = await tx.mailSettings.findUnique({
      where: { id: 1 },
      select: { primary: true, secondary: true, failoverAfter: true, coolDownSeconds: true, replyTo: true },
    });
    await tx.mailSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...data, updatedById: actor.id },
      update: { ...data, updatedById: actor.id },
    });
    await recordAudit(tx, actor, {
      action: "mail-settings.update",
      targetType: "mail-settings",
      targetId: "1",
      before,
      after: data,
    });
    return data;
  });
}
