import { withProbe } from "@/lib/observability/probe-route";

// GET /healthz – liveness for load balancers and service managers: the process answers. Touches no
// database (a database outage is /readyz's business, and restarting Herald would not cure it).
export const GET = withProbe("public liveness probe: reveals nothing but that the process runs", async () => {
  return { status: "ok", uptimeSeconds: Math.round(process.uptime()) };
});
