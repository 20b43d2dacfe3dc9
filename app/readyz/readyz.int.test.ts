// /readyz through a real PostgreSQL outage: this file starts its own embedded PostgreSQL (not the
// run's shared one), points the app at it, stops it and starts it again. Nothing is mocked: the real
// route handler, the real readiness checks and the app's own Prisma client (lib/db), which must get
// back to work by itself once PostgreSQL returns.
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db/client";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import type { Heartbeat } from "@/lib/system/services/heartbeat";
import { freePort } from "@/tests/free-port";

const dataDir = `.data/test/readyz-${process.pid}-${randomBytes(3).toString("hex")}`;
let port: number;
let server: RunningPostgres;
let readyz: (request: NextRequest, route: { params: Promise<Record<string, never>> }) => Promise<Response>;
let db: Database;
let heartbeat: Heartbeat;

const start = () => startEmbeddedPostgres({ dataDir, port, database: "herald_readyz" });

async function probe() {
  const response = await readyz(new NextRequest("http://localhost/readyz"), { params: Promise.resolve({}) });
  const body = (await response.json()) as {
    status: string;
    checks: Record<"database" | "migrations" | "worker", { ok: boolean; detail?: string }>;
  };
  return { status: response.status, body };
}

beforeAll(async () => {
  port = await freePort();
  server = await start();
  await migrate(server.url);
  // Before the app's modules load: lib/env reads DATABASE_URL once, lib/db builds its client from it.
  vi.stubEnv("DATABASE_URL", server.url);
  vi.stubEnv("HERALD_WORKERS", "1");
  ({ GET: readyz } = (await import("@/app/readyz/route")) as unknown as { GET: typeof readyz });
  ({ db } = await import("@/lib/db"));
  const { startHeartbeat } = await import("@/lib/system/services/heartbeat");
  heartbeat = startHeartbeat({ db, kind: "WORKER", intervalMs: 3_600_000 });
}, 120_000);

afterAll(async () => {
  await heartbeat?.stop();
  await db?.$disconnect();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** Stops PostgreSQL, checks /readyz says so, starts it again; answers when it stopped. */
async function outage(during: () => Promise<void> = async () => {}) {
  await server.stop();
  const stoppedAt = new Date();
  const down = await probe();
  expect(down.status).toBe(503);
  expect(down.body).toMatchObject({ status: "unready", checks: { database: { ok: false } } });
  await during();
  server = await start();
  return stoppedAt;
}

/** The app's client works on the restarted server, and the heartbeat it writes lands after the outage. */
async function expectClientBack(stoppedAt: Date) {
  const [row] = await db.$queryRaw<{ started: Date }[]>`SELECT pg_postmaster_start_time() AS started`;
  expect(row!.started.getTime()).toBeGreaterThanOrEqual(stoppedAt.getTime() - 1_000);
  await heartbeat.beat();
  const instance = await db.serviceInstance.findUniqueOrThrow({ where: { id: heartbeat.id } });
  expect(instance.lastHeartbeatAt.getTime()).toBeGreaterThanOrEqual(stoppedAt.getTime());
}

describe("/readyz through a PostgreSQL outage", () => {
  it("is ready, turns unready while PostgreSQL is stopped, and ready again when it returns, with the app's client reconnected", async () => {
    // The app's client talks to this file's server, not the run's shared one.
    const [config] = await db.$queryRaw<{ port: string }[]>`SELECT current_setting('port') AS port`;
    expect(Number(config!.port)).toBe(port);
    await heartbeat.beat();
    const before = await probe();
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body).toMatchObject({
      status: "ready",
      checks: { database: { ok: true }, migrations: { ok: true }, worker: { ok: true } },
    });

    // The client's pooled connections die with the server and nobody uses it meanwhile: its first
    // query afterwards must not get a dead connection.
    const stoppedAt = await outage();
    const up = await probe();
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(up.body).toMatchObject({ status: "ready", checks: { database: { ok: true } } });
    await expectClientBack(stoppedAt);

    // A query during the outage fails (it does not hang), and the client still recovers after it.
    const again = await outage(async () => {
      await expect(db.$queryRaw`SELECT 1`).rejects.toThrow();
    });
    expect((await probe()).status).toBe(200);
    await expectClientBack(again);
  }, 120_000);
});
