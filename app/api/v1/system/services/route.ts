import { operation } from "@/lib/api/operations";
import { withApi } from "@/lib/api/with-api";
import { getServicesOverview } from "@/lib/system/services/queries";
import { describeServiceState } from "@/lib/system/values";

// GET /api/v1/system/services – web instances, workers, scheduler, database and mail transports with their Appendix I state
export const GET = withApi(operation("listSystemServices"), async ({ key }) => {
  const overview = await getServicesOverview(key!);
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    data: {
      checkedAt: overview.checkedAt.toISOString(),
      services: overview.rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        name: row.name,
        state: row.state,
        description: describeServiceState(row.state, "en"),
        since: iso(row.since),
        lastHeartbeatAt: iso(row.lastHeartbeatAt),
        detail: row.detail,
      })),
      // Who flipped a switch stays on the page (a person's name is not monitoring data).
      controls: overview.controls.map(({ kind, disabled, updatedAt }) => ({
        kind,
        disabled,
        updatedAt: iso(updatedAt),
      })),
      queue: overview.queue,
    },
  };
});
