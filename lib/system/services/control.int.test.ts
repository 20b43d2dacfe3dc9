// The administrator's switch, end to end on a database of its own (a disabled worker in the run's
// shared database would stall other files' workers): a disabled worker claims nothing, an enabled
// one picks the waiting deliveries up; each switch is audited once; heartbeats mark instances.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/prisma/seed/factories";
import { startFakeResend, type FakeResend } from "@/tests/fakes/fake-resend";
import { startScheduler } from "@/lib/dispatch/scheduler";
import { CLAIMS_PAUSED, startWorker, type DeliveryWorker } from "@/lib/dispatch/worker/worker";
import {
  addresses,
  enqueueTo,
  eventually,
  isolatedDatabase,
  senderFor,
  statusCounts,
  type IsolatedDatabase,
} from "@/lib/dispatch/worker/testing";
import { isServiceDisabled, readServiceControls, setServiceDisabled } from "./control";
import { startHeartbeat } from "./heartbeat";

let database: IsolatedDatabase;
let resend: FakeResend;
let worker: DeliveryWorker | undefined;

beforeAll(async () => {
  [database, resend] = await Promise.all([isolatedDatabase(), startFakeResend()]);
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

afterAll(async () => {
  await resend?.close();
  await database?.drop();
});

async function actor() {
  const admin = await createUser(database.db, { role: "ADMIN" });
  return { id: admin.id, label: "admin", ip: "127.0.0.1", requestId: "control-test" };
}

describe("disabling the workers", () => {
  it("stops claims while disabled and resumes them when enabled again", async () => {
    const admin = await actor();
    await setServiceDisabled(database.db, admin, "WORKER", true);
    const { eventId } = await enqueueTo(database.db, addresses(2));
    const lines: string[] = [];
    worker = startWorker({
      db: database.db,
      databaseUrl: database.url,
      sender: await senderFor(database.db, resend),
      from: "Herald <herald@example.test>",
      pollMs: 100,
      log: (line) => lines.push(line),
    });

    // The worker looked at the switch (it says so once) and claimed nothing.
    await eventually(async () => expect(lines).toContain(CLAIMS_PAUSED));
    expect(worker.claimed).toBe(0);
    expect(await statusCounts(database.db, eventId)).toEqual({ QUEUED: 2 });

    await setServiceDisabled(database.db, admin, "WORKER", false);
    await eventually(async () => expect(await statusCounts(database.db, eventId)).toEqual({ SENT: 2 }));
    expect(worker.claimed).toBe(2);
  });

  it("audits each change once, and reports who switched", async () => {
    const admin = await actor();
    await setServiceDisabled(database.db, admin, "SCHEDULER", true);
    const repeated = await setServiceDisabled(database.db, admin, "SCHEDULER", true);
    expect(repeated.changed).toBe(false);
    expect(await isServiceDisabled(database.db, "SCHEDULER")).toBe(true);
    const controls = await readServiceControls(database.db);
    expect(controls.find((control) => control.kind === "SCHEDULER")).toMatchObject({
      disabled: true,
      updatedBy: expect.any(String),
    });

    await setServiceDisabled(database.db, admin, "SCHEDULER", false);
    const entries = await database.db.auditLog.findMany({
      where: { actorId: admin.id, targetType: "service" },
      orderBy: { id: "asc" },
      select: { action: true, targetId: true },
    });
    expect(entries).toEqual([
      { action: "service.disable", targetId: "SCHEDULER" },
      { action: "service.enable", targetId: "SCHEDULER" },
    ]);
  });
});

describe("disabling the scheduler", () => {
  it("skips its slots while disabled and runs them again once enabled", async () => {
    const admin = await actor();
    await setServiceDisabled(database.db, admin, "SCHEDULER", true);
    let runs = 0;
    const lines: string[] = [];
    const scheduler = startScheduler({
      db: database.db,
      jobs: [{ name: `test-disabled-${Date.now()}`, pattern: "* * * * * *", run: async () => (runs += 1) }],
      log: (line) => lines.push(line),
    });
    try {
      await eventually(async () => expect(lines.some((line) => line.includes("skipped"))).toBe(true));
      expect(runs).toBe(0);
      await setServiceDisabled(database.db, admin, "SCHEDULER", false);
      await eventually(async () => expect(runs).toBeGreaterThan(0));
    } finally {
      scheduler.stop();
      await scheduler.idle();
    }
  });
});

describe("heartbeats", () => {
  it("write the instance's row, refresh it, and mark it stopped on a clean stop", async () => {
    const heartbeat = startHeartbeat({ db: database.db, kind: "WEB", detail: () => ({ port: 3100 }) });
    await heartbeat.beat();
    const first = await database.db.serviceInstance.findUniqueOrThrow({ where: { id: heartbeat.id } });
    expect(first).toMatchObject({ kind: "WEB", pid: process.pid, detail: { port: 3100 }, stoppedAt: null });
    await heartbeat.beat();
    const second = await database.db.serviceInstance.findUniqueOrThrow({ where: { id: heartbeat.id } });
    expect(second.lastHeartbeatAt.getTime()).toBeGreaterThanOrEqual(first.lastHeartbeatAt.getTime());
    await heartbeat.stop();
    const stopped = await database.db.serviceInstance.findUniqueOrThrow({ where: { id: heartbeat.id } });
    expect(stopped.stoppedAt).not.toBeNull();
  });
});
