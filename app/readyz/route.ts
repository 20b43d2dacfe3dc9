import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { checkReadiness } from "@/lib/observability/readiness";
import { withProbe } from "@/lib/observability/probe-route";

// GET /readyz – readiness: 200 when PostgreSQL answers within 2 s, every migration is applied and
// (with HERALD_WORKERS > 0) a worker's heartbeat is fresh; else 503 with the failing check.
export const GET = withProbe("public readiness probe: reports only pass/fail per check", async () => {
  const readiness = await checkReadiness({
    databaseUrl: env.DATABASE_URL,
    expectWorkers: env.HERALD_WORKERS > 0,
  });
  return NextResponse.json(
    { status: readiness.ready ? "ready" : "unready", checks: readiness.checks },
    { status: readiness.ready ? 200 : 503 },
  );
});
