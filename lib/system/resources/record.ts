// Stores one resource reading, advances the threshold rules and enqueues what fired, in one
// transaction: a rule is marked fired only together with its event. No "server-only": the scheduler's
// resources job runs it in the worker process.
import type { Database, Transaction } from "@/lib/db/client";
import { enqueueEvent } from "@/lib/dispatch/enqueue";
import type { ResourceReading } from "./probe";
import { thresholdRules } from "@/lib/system/thresholds/rules";
import { loadThresholdSettings } from "@/lib/system/thresholds/store";
import {
  evaluateSample,
  type FiredAlert,
  type ResourceMetric,
  type RuleState,
  type ThresholdRule,
} from "./thresholds";

/** Samples older than this are pruned (the issue asks for at least 7 days). */
export const SAMPLE_RETENTION_MS = 8 * 24 * 60 * 60 * 1000;

export interface RecordOptions {
  host: string;
  at: Date;
  /** Where the alert's "details" link points (the resources page). */
  detailsUrl?: string;
  /** The rules to apply; by default the saved thresholds (or the seed's), read at this sample. */
  rules?: readonly ThresholdRule[];
}

function payloadFor(alert: FiredAlert, reading: ResourceReading, options: RecordOptions) {
  const common = {
    host: { name: options.host.slice(0, 120) || "herald" },
    threshold: alert.rule.level,
    observedAt: alert.at.toISOString(),
    ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
  };
  if (alert.rule.metric === "disk") {
    return {
      ...common,
      volume: reading.volume.slice(0, 200),
      freeSpace: alert.value,
      freeBytes: reading.diskFreeBytes,
      totalBytes: reading.diskTotalBytes,
    };
  }
  return { ...common, usage: alert.value, sustainedFor: Math.round(alert.sustainedForMs / 1000) };
}

const metricValue: Record<ResourceMetric, (reading: ResourceReading) => number> = {
  cpu: (r) => r.cpuPercent,
  memory: (r) => r.memoryPercent,
  disk: (r) => r.diskFreePercent,
};

export async function recordResourceSample(
  db: Database,
  reading: ResourceReading,
  options: RecordOptions,
): Promise<{ fired: { key: string; eventId: string; duplicate: boolean }[] }> {
  return db.$transaction(async (tx: Transaction) => {
    // Read at every sample, so an admin's change applies from the next one on.
    const rules = options.rules ?? thresholdRules(await loadThresholdSettings(tx));
    await tx.resourceSample.create({
      data: {
        host: options.host,
        at: options.at,
        cpuPercent: reading.cpuPercent,
        memoryPercent: reading.memoryPercent,
        diskFreePercent: reading.diskFreePercent,
        diskFreeBytes: BigInt(reading.diskFreeBytes),
        diskTotalBytes: BigInt(reading.diskTotalBytes),
        volume: reading.volume,
      },
    });
    // Locked: a slot runs once, but a by-hand run (runJobSlot) must not interleave with it.
    const rows = await tx.$queryRaw<
      { ruleKey: string; since: Date | null; fired: boolean; lastAt: Date | null }[]
    >`
      SELECT "ruleKey", since, fired, "lastAt" FROM "ThresholdState" FOR UPDATE`;
    let states: Record<string, RuleState> = Object.fromEntries(
      rows.map((row) => [
        row.ruleKey,
        { since: row.since?.getTime() ?? null, fired: row.fired, lastAt: row.lastAt?.getTime() ?? null },
      ]),
    );
    const alerts: FiredAlert[] = [];
    for (const metric of ["cpu", "memory", "disk"] as const) {
      const result = evaluateSample(rules, states, {
        metric,
        value: metricValue[metric](reading),
        at: options.at,
      });
      states = result.states;
      if (result.alert) alerts.push(result.alert);
    }
    for (const rule of rules) {
      const state = states[rule.key];
      if (!state) continue;
      const data = {
        since: state.since === null ? null : new Date(state.since),
        fired: state.fired,
        lastAt: state.lastAt === null ? null : new Date(state.lastAt),
      };
      await tx.thresholdState.upsert({
        where: { ruleKey: rule.key },
        create: { ruleKey: rule.key, ...data },
        update: data,
      });
    }
    const fired = [];
    for (const alert of alerts) {
      const result = await enqueueEvent(
        tx,
        {
          typeKey: alert.rule.key,
          payload: payloadFor(alert, reading, options),
          occurredAt: alert.at,
          source: "herald",
        },
        { kind: "SYSTEM" },
      );
      fired.push({ key: alert.rule.key, eventId: result.eventId, duplicate: result.duplicate });
    }
    await tx.resourceSample.deleteMany({
      where: { at: { lt: new Date(options.at.getTime() - SAMPLE_RETENTION_MS) } },
    });
    return { fired };
  });
}
