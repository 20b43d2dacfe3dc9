import { createServer } from "node:net";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as healthz } from "@/app/healthz/route";
import { GET as metricsRoute } from "@/app/metrics/route";
import { createApiKey } from "@/lib/api-keys/service";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import { createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { inject } from "vitest";
import { checkReadiness } from "./readiness";

type Route = (request: NextRequest, route: { params: Promise<Record<string, never>> }) => Promise<Response>;

function call(route: Route, path: string, headers: Record<string, string>) {
  return route(new NextRequest(`http://localhost${path}`, { headers }), { params: Promise.resolve({}) });
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function apiKey(scopes: string[]) {
  const db = testDb();
  const admin = await createUser(db, { role: "ADMIN" });
  const created = await createApiKey(
    db,
    testActor(admin.id),
    createApiKeySchema.parse({ name: "metrics", scopes }),
  );
  return created.key;
}

describe("readiness", () => {
  it("is unready, naming the database, when PostgreSQL does not answer", async () => {
    const port = await closedPort();
    const readiness = await checkReadiness({
      databaseUrl: `postgresql://postgres:x@127.0.0.1:${port}/herald`,
      expectWorkers: false,
      timeoutMs: 1_000,
    });
    expect(readiness.ready).toBe(false);
    expect(readiness.checks.database.ok).toBe(false);
  });

  it("is ready when the database answers and every migration is applied", async () => {
    const readiness = await checkReadiness({ databaseUrl: inject("databaseUrl"), expectWorkers: false });
    expect(readiness.checks.database.ok).toBe(true);
    expect(readiness.checks.migrations.ok).toBe(true);
    expect(readiness.ready).toBe(true);
  });

  it("is unready when a migration folder is not applied", async () => {
    const { mkdtemp, mkdir, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const dir = await mkdtemp(path.join(tmpdir(), "herald-migrations-"));
    await mkdir(path.join(dir, "29991231000000_future"));
    await writeFile(path.join(dir, "29991231000000_future", "migration.sql"), "SELECT 1;");
    const readiness = await checkReadiness({
      databaseUrl: inject("databaseUrl"),
      expectWorkers: false,
      migrationsDir: dir,
    });
    expect(readiness.ready).toBe(false);
    expect(readiness.checks.migrations.detail).toContain("29991231000000_future");
  });
});

describe("/healthz", () => {
  it("answers 200 without touching the database", async () => {
    const response = await call(healthz, "/healthz", {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });
});

describe("/metrics", () => {
  it("refuses another address without a key (403)", async () => {
    const response = await call(metricsRoute, "/metrics", { "x-herald-client-ip": "203.0.113.9" });
    expect(response.status).toBe(403);
  });

  it("refuses a key without metrics:read (403)", async () => {
    const bearer = await apiKey(["catalog:read"]);
    const response = await call(metricsRoute, "/metrics", {
      "x-herald-client-ip": "203.0.113.9",
      authorization: `Bearer ${bearer}`,
    });
    expect(response.status).toBe(403);
  });

  it("serves the exposition to a metrics:read key, with the queue gauges from the database", async () => {
    const bearer = await apiKey(["metrics:read"]);
    const response = await call(metricsRoute, "/metrics", {
      "x-herald-client-ip": "203.0.113.9",
      authorization: `Bearer ${bearer}`,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/^herald_queue_depth \d+$/m);
    expect(text).toMatch(/^herald_queue_oldest_age_seconds [\d.]+$/m);
    expect(text).toContain("# TYPE herald_deliveries gauge");
  });

  it("serves loopback without a key, and counts the requests it answered by route pattern", async () => {
    await call(metricsRoute, "/metrics", { "x-herald-client-ip": "203.0.113.9" });
    const response = await call(metricsRoute, "/metrics", { "x-herald-client-ip": "127.0.0.1" });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(
      /^herald_http_requests_total\{method="GET",route="\/metrics",status="403"\} \d+$/m,
    );
  });
});
