// Probes every registered device and records what changed. No "server-only": the scheduler's devices
// job runs it in the worker process. Each device's check, state and event are one transaction, so a
// transition is stored only together with its notification.
import type { Database } from "@/lib/db/client";
import { enqueueEvent } from "@/lib/dispatch/enqueue";
import { probeDevice, type ProbeResult } from "./probe";
import { applyCheck } from "./transitions";

export const DEFAULT_PROBE_TIMEOUT_MS = 3_000;
/** Devices probed at once: bounds the sockets one run opens. */
const CONCURRENCY = 10;
/** Checks kept per device (the page shows a small history). */
const CHECKS_KEPT_DAYS = 7;

export interface DeviceCheckOutcome {
  deviceId: string;
  ok: boolean;
  transition: "lost" | "restored" | null;
  eventId: string | null;
}

export interface RunOptions {
  now?: () => Date;
  timeoutMs?: number;
  detailsUrl?: string;
  /** Tests replace the network. */
  probe?: (host: string, ports: readonly number[], timeoutMs: number) => Promise<ProbeResult>;
}

export async function runDeviceChecks(db: Database, options: RunOptions = {}): Promise<DeviceCheckOutcome[]> {
  const devices = await db.device.findMany({ select: { id: true }, orderBy: { name: "asc" } });
  const outcomes: DeviceCheckOutcome[] = [];
  for (let i = 0; i < devices.length; i += CONCURRENCY) {
    const batch = devices.slice(i, i + CONCURRENCY);
    outcomes.push(...(await Promise.all(batch.map((device) => checkDevice(db, device.id, options)))));
  }
  return outcomes;
}

export async function checkDevice(
  db: Database,
  deviceId: string,
  options: RunOptions = {},
): Promise<DeviceCheckOutcome> {
  const device = await db.device.findUniqueOrThrow({ where: { id: deviceId } });
  const result = await (options.probe ?? probeDevice)(
    device.host,
    device.ports,
    options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
  );
  const at = (options.now ?? (() => new Date()))();
  return db.$transaction(async (tx) => {
    await tx.deviceState.upsert({ where: { deviceId }, create: { deviceId }, update: {} });
    const [current] = await tx.$queryRaw<
      { consecutiveFailures: number; lost: boolean; lostAt: Date | null }[]
    >`
      SELECT "consecutiveFailures", lost, "lostAt" FROM "DeviceState" WHERE "deviceId" = ${deviceId}::uuid FOR UPDATE`;
    const { state, transition } = applyCheck(current!, { ok: result.ok, at }, device.failureThreshold);
    await tx.deviceCheck.create({
      data: {
        deviceId,
        at,
        ok: result.ok,
        latencyMs: result.latencyMs,
        failedPorts: result.failedPorts,
        error: result.error,
      },
    });
    await tx.deviceState.update({ where: { deviceId }, data: { ...state, lastCheckAt: at } });
    await tx.deviceCheck.deleteMany({
      where: { deviceId, at: { lt: new Date(at.getTime() - CHECKS_KEPT_DAYS * 24 * 60 * 60 * 1000) } },
    });
    let eventId: string | null = null;
    if (transition) {
      const named = {
        device: { name: device.name.slice(0, 120), address: device.host.slice(0, 120) },
        ports: device.ports,
      };
      const common = {
        checkedAt: at.toISOString(),
        ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
      };
      const input =
        transition.kind === "lost"
          ? {
              typeKey: "devices.connectivity-lost",
              payload: { devices: [{ ...named, lostAt: transition.lostAt.toISOString() }], ...common },
            }
          : {
              typeKey: "devices.connectivity-restored",
              payload: {
                devices: [
                  {
                    ...named,
                    lostAt: transition.lostAt.toISOString(),
                    restoredAt: transition.restoredAt.toISOString(),
                  },
                ],
                ...common,
              },
            };
      // One key per transition: a repeat of this transition is counted, the next loss is a new event.
      const dedupKey = `device:${deviceId}:${transition.kind}:${transition.lostAt.toISOString()}`;
      const enqueued = await enqueueEvent(
        tx,
        { ...input, dedupKey, occurredAt: at, source: "herald" },
        { kind: "SYSTEM" },
      );
      eventId = enqueued.eventId;
    }
    return { deviceId, ok: result.ok, transition: transition?.kind ?? null, eventId };
  });
}
