// Each Herald process (web server, each dispatch worker loop, the scheduler) writes its row in
// ServiceInstance every HEARTBEAT_INTERVAL_MS, so the services page reads the same state whichever
// web instance serves it. A clean stop writes stoppedAt; a crash simply stops the beats and the row
// reads INACTIVE after HEARTBEAT_STALE_MS. No "server-only": the worker process imports it.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { ServiceKind } from "@/generated/prisma/enums";
import { log } from "@/lib/log";
import packageJson from "@/package.json";
import { HEARTBEAT_INTERVAL_MS } from "./status";

/** Rows of instances silent for this long are removed (a restarted process writes a new row). */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export const HERALD_VERSION: string = packageJson.version;

export interface HeartbeatOptions {
  db: Database;
  kind: ServiceKind;
  /** Unique per process run; defaults to `<kind>:<host>:<pid>:<random>`. */
  id?: string;
  /** Kind-specific figures for the page (queue claims, listening port…), read at each beat. */
  detail?: () => Record<string, unknown>;
  intervalMs?: number;
}

export interface Heartbeat {
  readonly id: string;
  /** Writes one beat now (also used by tests). */
  beat(): Promise<void>;
  /** Stops beating and marks the instance stopped. */
  stop(): Promise<void>;
}

export function instanceIdFor(kind: ServiceKind) {
  return `${kind.toLowerCase()}:${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

export function startHeartbeat(options: HeartbeatOptions): Heartbeat {
  const { db, kind } = options;
  const id = options.id ?? instanceIdFor(kind);
  const startedAt = new Date();
  const host = hostname();
  let failing = false;
  let stopped = false;

  async function beat() {
    const now = new Date();
    const detail = (options.detail?.() ?? {}) as Prisma.InputJsonValue;
    try {
      await db.serviceInstance.upsert({
        where: { id },
        create: {
          id,
          kind,
          host,
          pid: process.pid,
          version: HERALD_VERSION,
          startedAt,
          lastHeartbeatAt: now,
          detail,
        },
        update: { lastHeartbeatAt: now, detail, stoppedAt: null },
      });
      if (failing) log.info({ instance: id }, "Heartbeat restored");
      failing = false;
    } catch (error) {
      // The database being down is reported by whatever needs it; say it once per outage here.
      if (!failing) log.warn({ err: error, instance: id }, "Heartbeat could not be written");
      failing = true;
    }
  }

  const first = beat().then(() =>
    db.serviceInstance
      .deleteMany({ where: { lastHeartbeatAt: { lt: new Date(Date.now() - FORGET_AFTER_MS) } } })
      .catch(() => undefined),
  );
  const timer = setInterval(() => void beat(), options.intervalMs ?? HEARTBEAT_INTERVAL_MS);
  timer.unref();

  return {
    id,
    beat,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await first;
      await db.serviceInstance
        .update({ where: { id }, data: { stoppedAt: new Date() } })
        .catch((error: unknown) =>
          log.warn({ err: error, instance: id }, "Could not mark the instance stopped"),
        );
    },
  };
}
