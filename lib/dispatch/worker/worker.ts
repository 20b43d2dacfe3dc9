// The delivery worker: claims due deliveries and sends them, for as long as it runs. No
// "server-only": it runs in its own process (scripts/worker.ts, started by `npm start` or
// `npm run worker`), outside Next.
//
//  - Wakes on NOTIFY herald_delivery_queued (a trigger fires it when deliveries are inserted), through
//    a dedicated pg.Client beside Prisma's pool, so an e-mail leaves within a second of its event;
//    also polls every few seconds and wakes at the next availableAt (retries, quiet hours, digests).
//  - Keeps up to `concurrency` claims in flight; renews the leases of what it holds every third of
//    the lease, so a long batch is not taken over while it is still being sent.
//  - stop(): claims nothing more, hands unstarted work back to the queue, finishes what is in flight.
//  - Survives a PostgreSQL restart: failed claims back off and retry, the listener reconnects.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Database } from "@/lib/db/client";
import type { MailSender } from "@/lib/mail/sender";
import {
  claimDigests,
  claimImmediate,
  claimInterruptedBatches,
  nextWakeAt,
  renewLeases,
  type ClaimedDelivery,
} from "./claim";
import { processDigests } from "./digest";
import {
  defaultProcessContext,
  processImmediate,
  processInterruptedBatch,
  type ProcessContext,
} from "./process";
import { RenderCache } from "./renders";
import { log as logger } from "@/lib/log";
import { QUEUE_CHANNEL } from "../wake";
import { compactDeliveryTally } from "@/lib/observability/queue-gauges";
import { disabledCheck } from "@/lib/system/services/control";
import { startHeartbeat } from "@/lib/system/services/heartbeat";

export const CLAIMS_PAUSED = "Claims paused: the workers are disabled by an administrator";

export interface WorkerOptions {
  db: Database;
  /** For the LISTEN connection. */
  databaseUrl: string;
  sender: MailSender;
  from: string;
  workerId?: string;
  /** How long a claim is ours before another worker may take it over. */
  leaseMs?: number;
  /** Deliveries per claim. */
  claimSize?: number;
  /** Claims being processed at once. */
  concurrency?: number;
  /** Longest wait between two looks at the queue when nothing wakes the worker. */
  pollMs?: number;
  retryDelay?: ProcessContext["retryDelay"];
  now?: () => Date;
  log?: (line: string) => void;
}

export interface DeliveryWorker {
  readonly workerId: string;
  /** Deliveries this worker has claimed so far (for logs and tests). */
  readonly claimed: number;
  stop(): Promise<void>;
}

export function defaultWorkerId() {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

const TALLY_COMPACTION_MS = 60_000;

export function startWorker(options: WorkerOptions): DeliveryWorker {
  const workerId = options.workerId ?? defaultWorkerId();
  const leaseMs = options.leaseMs ?? 60_000;
  const claimSize = options.claimSize ?? 100;
  const concurrency = options.concurrency ?? 4;
  const pollMs = options.pollMs ?? 2_000;
  const log = options.log ?? ((line: string) => logger.info({ workerId }, line));
  const db = options.db;

  let stopping = false;
  let claimedTotal = 0;
  const inFlight = new Set<Promise<void>>();
  /** Ids of rows this worker holds, for lease renewal. */
  const held = new Map<Promise<void>, string[]>();
  let wake: (() => void) | undefined;
  let wakePending = false;
  let nextGroupCheck = 0;

  const ctx = defaultProcessContext({
    db,
    sender: options.sender,
    workerId,
    from: options.from,
    renders: new RenderCache(),
    stopping: () => stopping,
    log,
    ...(options.retryDelay ? { retryDelay: options.retryDelay } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const claim = { workerId, leaseMs };
  const workersDisabled = disabledCheck(db, "WORKER", Math.min(2_000, pollMs));
  let paused = false;
  const heartbeat = startHeartbeat({
    db,
    kind: "WORKER",
    id: workerId,
    detail: () => ({ claimed: claimedTotal, inFlight: inFlight.size, paused }),
  });

  function signal() {
    wakePending = true;
    wake?.();
  }

  function track(ids: string[], work: () => Promise<void>) {
    claimedTotal += ids.length;
    const task: Promise<void> = work()
      .catch((error: unknown) =>
        log(`A claim of ${ids.length} failed and will be retried: ${describe(error)}`),
      )
      .finally(() => {
        inFlight.delete(task);
        held.delete(task);
        signal();
      });
    inFlight.add(task);
    held.set(task, ids);
  }

  async function claimOnce(): Promise<number> {
    // An administrator switched the workers off (lib/system/services/control.ts): claim nothing.
    const nowPaused = await workersDisabled();
    if (nowPaused !== paused)
      log(nowPaused ? CLAIMS_PAUSED : "Claims resumed: the workers are enabled again");
    paused = nowPaused;
    if (paused) return 0;
    let started = 0;
    if (Date.now() >= nextGroupCheck) {
      nextGroupCheck = Date.now() + pollMs;
      for (const batch of await claimInterruptedBatches(db, { ...claim, limit: 4 })) {
        track(ids(batch), () => processInterruptedBatch(ctx, batch));
        started += batch.length;
      }
      const digests = await claimDigests(db, { ...claim, limit: 20 });
      if (digests.length) {
        const rows = digests.flat();
        track(ids(rows), () => processDigests(ctx, digests));
        started += rows.length;
      }
    }
    if (inFlight.size < concurrency) {
      const rows = await claimImmediate(db, { ...claim, limit: claimSize });
      if (rows.length) {
        track(ids(rows), () => processImmediate(ctx, rows));
        started += rows.length;
      }
    }
    return started;
  }

  async function waitForWork() {
    if (wakePending) return;
    let delay = pollMs;
    try {
      const at = await nextWakeAt(db);
      if (at) delay = Math.min(pollMs, Math.max(0, at.getTime() - Date.now() + 5));
    } catch {
      // The claim that follows reports the database being down.
    }
    if (wakePending || delay === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, delay);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });
  }

  const renewTimer = setInterval(
    () => {
      const ids = [...held.values()].flat();
      if (ids.length)
        renewLeases(db, claim, ids).catch((error: unknown) =>
          log(`Lease renewal failed: ${describe(error)}`),
        );
    },
    Math.max(200, Math.floor(leaseMs / 3)),
  );
  renewTimer.unref();

  // The tally behind /metrics' herald_deliveries grows by a few rows per status-changing statement;
  // fold it every minute even when nobody scrapes (any number of workers may do this at once).
  const tallyTimer = setInterval(() => {
    compactDeliveryTally(db).catch((error: unknown) => log(`Tally compaction failed: ${describe(error)}`));
  }, TALLY_COMPACTION_MS);
  tallyTimer.unref();

  const listener = listen(options.databaseUrl, signal, log, () => stopping);

  const loop = (async () => {
    let failures = 0;
    while (!stopping) {
      if (inFlight.size >= concurrency) {
        await Promise.race(inFlight);
        continue;
      }
      wakePending = false;
      try {
        const started = await claimOnce();
        failures = 0;
        if (started > 0) continue;
      } catch (error) {
        failures += 1;
        if (failures === 1 || failures % 10 === 0) log(`Cannot claim deliveries: ${describe(error)}`);
        await pause(Math.min(10_000, 250 * 2 ** Math.min(failures, 6)), () => stopping);
        continue;
      }
      await waitForWork();
    }
  })();

  return {
    workerId,
    get claimed() {
      return claimedTotal;
    },
    async stop() {
      if (!stopping) {
        stopping = true;
        signal();
      }
      await loop;
      await Promise.allSettled([...inFlight]);
      clearInterval(renewTimer);
      clearInterval(tallyTimer);
      await listener.close();
      await heartbeat.stop();
    },
  };
}

function ids(rows: ClaimedDelivery[]) {
  return rows.map((row) => row.id);
}

function describe(error: unknown) {
  return error instanceof Error ? error.message.split("\n").slice(-1)[0] || error.name : String(error);
}

/** Waits `ms`, or less when the worker is asked to stop. */
async function pause(ms: number, stopped: () => boolean) {
  const end = Date.now() + ms;
  while (!stopped() && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, end - Date.now())));
  }
}

/** LISTEN on the queue channel through its own connection, reconnecting until closed. */
function listen(url: string, onNotify: () => void, log: (line: string) => void, stopped: () => boolean) {
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let attempts = 0;
  let closed = false;

  async function connect() {
    if (closed || stopped()) return;
    const next = new pg.Client({ connectionString: url });
    next.on("notification", onNotify);
    next.on("error", (error) => {
      log(`Queue listener lost its connection: ${error.message}`);
      reconnect(next);
    });
    next.on("end", () => reconnect(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${QUEUE_CHANNEL}`);
      if (closed) return void next.end().catch(() => {});
      client = next;
      if (attempts > 0) log("Queue listener reconnected");
      attempts = 0;
      // Rows queued while the listener was away are picked up at once.
      onNotify();
    } catch (error) {
      next.removeAllListeners("end");
      await next.end().catch(() => {});
      if (attempts === 0) log(`Queue listener cannot connect: ${describe(error)}`);
      reconnect(undefined);
    }
  }

  function reconnect(from: pg.Client | undefined) {
    if (from && from !== client) return;
    client = undefined;
    if (closed || retry) return;
    attempts += 1;
    retry = setTimeout(
      () => {
        retry = undefined;
        void connect();
      },
      Math.min(10_000, 200 * 2 ** Math.min(attempts, 6)),
    );
  }

  void connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = undefined;
      if (current) {
        current.removeAllListeners("end");
        await current.end().catch(() => {});
      }
    },
  };
}
