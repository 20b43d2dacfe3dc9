// Herald's periodic jobs, on croner. No "server-only": it runs in the worker process (scripts/worker.ts),
// outside Next.
//
// Every instance schedules every job; a scheduled run (job × slot, the minute it was due) happens
// only in the instance whose INSERT INTO "JobRun" wins (ON CONFLICT DO NOTHING), so each slot runs
// once across all instances, and the row records who ran it, when it finished, and its result or error.
// A run still unfinished after STALE_RUN_MS is taken to have died with its instance: the next instance
// to reach the slot takes it over. The daily jobs (catchUp) also run a missed latest slot when a
// scheduler starts — Herald was down at the reports' hour, or the instance running it was killed — once the
// installation has run that job before (a fresh install has missed nothing).
//
// Jobs (patterns in UTC unless the job names a zone):
//   reports    06:00      the seed's three daily reports, at HERALD_REPORTS_AT in HERALD_REPORTS_TIME_ZONE
//                         (lib/dispatch/jobs/reports.ts)
//   retention  03:30      deliveries older than HERALD_RETENTION_DAYS, in small batches (jobs/retention.ts)
//   expiry     every 15'  idempotency records, rate-limit windows, old JobRun rows (jobs/expiry.ts)
//   resources  every 1'   CPU, memory and disk sample + threshold alerts (lib/system/resources/job.ts)
//   devices    every 1'   TCP-connect probes of registered devices (lib/system/devices/job.ts)
// Digests need no job: a digest delivery is queued with availableAt at the recipient's digest hour,
// and the worker sends it when it comes due (lib/dispatch/worker/digest.ts).
import { hostname } from "node:os";
import { Cron } from "croner";
import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/db/client";
import { env } from "@/lib/env";
import { expiryJob } from "./jobs/expiry";
import { reportsJob } from "./jobs/reports";
import { retentionJob } from "./jobs/retention";
import type { JobDefinition } from "./jobs/types";
import { log as logger } from "@/lib/log";
import { isServiceDisabled } from "@/lib/system/services/control";
import { startHeartbeat } from "@/lib/system/services/heartbeat";
import { resourcesJob } from "@/lib/system/resources/job";
import { devicesJob } from "@/lib/system/devices/job";

export type { JobContext, JobDefinition } from "./jobs/types";

export function defaultJobs(): JobDefinition[] {
  return [
    reportsJob(env.HERALD_DATA_DIR, { at: env.HERALD_REPORTS_AT, timeZone: env.HERALD_REPORTS_TIME_ZONE }),
    retentionJob(env.HERALD_RETENTION_DAYS),
    expiryJob,
    resourcesJob({ dataDir: env.HERALD_DATA_DIR, appUrl: env.APP_URL }),
    devicesJob({ appUrl: env.APP_URL }),
  ];
}

export type SlotRun =
  | { ran: false }
  | { ran: true; result: unknown; error?: undefined }
  | { ran: true; error: string; result?: undefined };

/**
 * The scheduled time a trigger belongs to: croner fires a few ms after it, so it is the pattern's last
 * time at or before now, the same instant in every instance.
 */
export function slotOf(cron: Cron, firedAt: Date): Date {
  const [slot] = cron.previousRuns(1, new Date(firedAt.getTime() + 1));
  return slot ?? new Date(Math.floor(firedAt.getTime() / 1000) * 1000);
}

/** After this long, a run that has not finished is taken to have died with its instance. */
export const STALE_RUN_MS = 60 * 60 * 1000;

/**
 * Runs `job` for `slot` unless another instance already has, or is still running it: the JobRun insert
 * decides (it takes over a run left unfinished for STALE_RUN_MS). Exposed for tests and for running a
 * job by hand.
 */
export async function runJobSlot(
  db: Database,
  job: JobDefinition,
  slot: Date,
  options: { instance: string; now?: () => Date; log?: (line: string) => void },
): Promise<SlotRun> {
  const inserted = await db.$executeRaw`
    INSERT INTO "JobRun" (job, slot, instance) VALUES (${job.name}, ${slot}, ${options.instance})
    ON CONFLICT (job, slot) DO UPDATE SET instance = EXCLUDED.instance, "startedAt" = now()
    WHERE "JobRun"."finishedAt" IS NULL
      AND "JobRun"."startedAt" < now() - make_interval(secs => ${STALE_RUN_MS / 1000}::float8)`;
  if (inserted === 0) return { ran: false };
  const log = options.log ?? (() => {});
  try {
    const result = await job.run({ db, slot, now: options.now ?? (() => new Date()), log });
    await db.jobRun.update({
      where: { job_slot: { job: job.name, slot } },
      data: { finishedAt: new Date(), result: (result ?? null) as Prisma.InputJsonValue },
    });
    log(`${job.name} ${slot.toISOString()}: done`);
    return { ran: true, result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.jobRun
      .update({
        where: { job_slot: { job: job.name, slot } },
        data: { finishedAt: new Date(), error: message },
      })
      .catch(() => {});
    log(`${job.name} ${slot.toISOString()} failed: ${message}`);
    return { ran: true, error: message };
  }
}

export interface Scheduler {
  readonly instance: string;
  /** No further runs start. */
  stop(): void;
  /** Resolves when the runs in progress have finished. */
  idle(): Promise<void>;
}

export function startScheduler(options: {
  db: Database;
  jobs?: JobDefinition[];
  instance?: string;
  log?: (line: string) => void;
}): Scheduler {
  const instance = options.instance ?? `${hostname()}:${process.pid}`;
  const log = options.log ?? ((line: string) => logger.info({ area: "scheduler" }, line));
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  const schedule = (job: JobDefinition, slot: Date) => {
    if (stopped) return Promise.resolve();
    // Switched off by an administrator (lib/system/services/control.ts): the slot is skipped.
    const run = skipWhenDisabled(options.db, job.name, log, () =>
      runJobSlot(options.db, job, slot, { instance, log }),
    ).catch((error: unknown) =>
      log(`${job.name}: ${error instanceof Error ? error.message : String(error)}`),
    );
    running.add(run);
    void run.finally(() => running.delete(run));
    return run.then(() => undefined);
  };
  const jobs = options.jobs ?? defaultJobs();
  const crons = jobs.map(
    (job) =>
      new Cron(job.pattern, { timezone: job.timeZone ?? "UTC", protect: true }, (self) =>
        schedule(job, slotOf(self, new Date())),
      ),
  );
  jobs.forEach((job, index) => {
    if (!job.catchUp) return;
    const check = catchUp(options.db, job, crons[index]!, log).then((slot) => slot && schedule(job, slot));
    running.add(check);
    void check.finally(() => running.delete(check));
  });
  const heartbeat = startHeartbeat({
    db: options.db,
    kind: "SCHEDULER",
    detail: () => ({ jobs: crons.length }),
  });
  return {
    instance,
    stop() {
      stopped = true;
      for (const cron of crons) cron.stop();
      void heartbeat.stop();
    },
    async idle() {
      await Promise.allSettled([...running]);
    },
  };
}

/**
 * The job's latest slot, if it may have been missed: it has no finished run, and the job ran before
 * (on a fresh install there is nothing to catch up). runJobSlot then decides as for any slot.
 */
async function catchUp(
  db: Database,
  job: JobDefinition,
  cron: Cron,
  log: (line: string) => void,
): Promise<Date | null> {
  const [slot] = cron.previousRuns(1, new Date());
  if (!slot) return null;
  try {
    const [ranBefore, done] = await Promise.all([
      db.jobRun.count({ where: { job: job.name, slot: { lt: slot } } }),
      db.jobRun.count({ where: { job: job.name, slot, finishedAt: { not: null } } }),
    ]);
    if (ranBefore === 0 || done > 0) return null;
    log(`${job.name} ${slot.toISOString()}: catching up a missed run`);
    return slot;
  } catch (error) {
    log(`${job.name}: catch-up check failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

async function skipWhenDisabled(
  db: Database,
  job: string,
  log: (line: string) => void,
  run: () => Promise<unknown>,
) {
  if (await isServiceDisabled(db, "SCHEDULER")) {
    log(`${job}: skipped, the scheduler is disabled by an administrator`);
    return undefined;
  }
  return run();
}
