import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, isolatedDatabase, type IsolatedDatabase } from "@/lib/dispatch/worker/testing";
import { runJobSlot, STALE_RUN_MS, startScheduler, type JobDefinition } from "./scheduler";

let database: IsolatedDatabase;

beforeAll(async () => {
  database = await isolatedDatabase();
});

afterAll(async () => {
  await database?.drop();
});

function countingJob(name: string, body: () => unknown = () => ({ ok: true })) {
  const runs: Date[] = [];
  const job: JobDefinition = {
    name,
    pattern: "* * * * * *",
    run: async ({ slot }) => {
      runs.push(slot);
      return body();
    },
  };
  return { job, runs };
}

describe("scheduler", () => {
  it("runs a slot once when two instances reach it at the same time, and records who ran it", async () => {
    const { job, runs } = countingJob("test-once");
    const slot = new Date("2026-12-02T06:00:00Z");
    const [a, b] = await Promise.all([
      runJobSlot(database.db, job, slot, { instance: "instance-a" }),
      runJobSlot(database.db, job, slot, { instance: "instance-b" }),
    ]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    expect(runs).toEqual([slot]);
    const row = await database.db.jobRun.findUniqueOrThrow({ where: { job_slot: { job: job.name, slot } } });
    expect(row.instance).toBe(a.ran ? "instance-a" : "instance-b");
    expect(row.finishedAt).not.toBeNull();
    expect(row.result).toEqual({ ok: true });
    expect(row.error).toBeNull();
    // A later instance reaching the same slot (a restart, a slow clock) does not run it again.
    expect(await runJobSlot(database.db, job, slot, { instance: "instance-c" })).toEqual({ ran: false });
  });

  it("records a failed run's error, and the slot stays done", async () => {
    const { job } = countingJob("test-failing", () => {
      throw new Error("disk unreadable");
    });
    const slot = new Date("2026-12-02T07:00:00Z");
    expect(await runJobSlot(database.db, job, slot, { instance: "a" })).toEqual({
      ran: true,
      error: "disk unreadable",
    });
    const row = await database.db.jobRun.findUniqueOrThrow({ where: { job_slot: { job: job.name, slot } } });
    expect(row).toMatchObject({ error: "disk unreadable", result: null });
    expect(row.finishedAt).not.toBeNull();
  });

  it("takes over a run left unfinished for an hour (its instance died), not one still in progress", async () => {
    const { job, runs } = countingJob("test-takeover");
    const dead = new Date("2026-12-02T08:00:00Z");
    const busy = new Date("2026-12-02T09:00:00Z");
    await database.db.jobRun.createMany({
      data: [
        {
          job: job.name,
          slot: dead,
          instance: "killed",
          startedAt: new Date(Date.now() - STALE_RUN_MS - 60_000),
        },
        { job: job.name, slot: busy, instance: "working", startedAt: new Date(Date.now() - 60_000) },
      ],
    });

    expect(await runJobSlot(database.db, job, busy, { instance: "b" })).toEqual({ ran: false });
    expect(await runJobSlot(database.db, job, dead, { instance: "b" })).toMatchObject({ ran: true });
    expect(runs).toEqual([dead]);
    const row = await database.db.jobRun.findUniqueOrThrow({
      where: { job_slot: { job: job.name, slot: dead } },
    });
    expect(row).toMatchObject({ instance: "b", result: { ok: true } });
    expect(row.finishedAt).not.toBeNull();
  });

  it("catches up a daily job's missed latest slot when a scheduler starts, but not on a fresh install", async () => {
    const daily = (name: string) => {
      const counted = countingJob(name);
      return { ...counted, job: { ...counted.job, pattern: "0 6 * * *", catchUp: true } };
    };
    const latest = (() => {
      const at = new Date();
      at.setUTCHours(6, 0, 0, 0);
      return at > new Date() ? new Date(at.getTime() - 24 * 60 * 60 * 1000) : at;
    })();
    const missed = daily("test-missed-report");
    await database.db.jobRun.create({
      data: {
        job: missed.job.name,
        slot: new Date(latest.getTime() - 24 * 60 * 60 * 1000),
        instance: "yesterday",
        finishedAt: new Date(),
      },
    });
    const fresh = daily("test-fresh-report");

    const scheduler = startScheduler({
      db: database.db,
      jobs: [missed.job, fresh.job],
      instance: "x",
      log: () => {},
    });
    await eventually(async () => {
      const row = await database.db.jobRun.findUnique({
        where: { job_slot: { job: missed.job.name, slot: latest } },
      });
      expect(row?.finishedAt).toBeTruthy();
    });
    scheduler.stop();
    await scheduler.idle();

    expect(missed.runs).toEqual([latest]);
    expect(fresh.runs).toEqual([]);
    // Started again, it finds the slot done and runs nothing more.
    const again = startScheduler({ db: database.db, jobs: [missed.job], instance: "y", log: () => {} });
    again.stop();
    await again.idle();
    expect(missed.runs).toEqual([latest]);
  });

  it("two scheduler instances on the same schedule run each slot once between them", async () => {
    const { job, runs } = countingJob("test-every-second");
    const schedulers = ["one", "two"].map((instance) =>
      startScheduler({ db: database.db, jobs: [job], instance, log: () => {} }),
    );
    await eventually(async () => {
      const done = await database.db.jobRun.count({ where: { job: job.name, finishedAt: { not: null } } });
      expect(done).toBeGreaterThanOrEqual(3);
    });
    for (const scheduler of schedulers) scheduler.stop();
    await Promise.all(schedulers.map((scheduler) => scheduler.idle()));

    const rows = await database.db.jobRun.findMany({ where: { job: job.name }, orderBy: { slot: "asc" } });
    expect(runs.map((slot) => slot.toISOString()).sort()).toEqual(rows.map((row) => row.slot.toISOString()));
    expect(new Set(runs.map((slot) => slot.getTime())).size).toBe(runs.length);
    expect(rows.every((row) => row.slot.getUTCMilliseconds() === 0)).toBe(true);
  });
});
