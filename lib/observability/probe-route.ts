import "server-only";
import { buildRoute, type CoreContext, type RouteHandler } from "@/lib/api/route-core";

/**
 * Operational endpoints outside the API (/healthz, /readyz, /metrics): the shared route core (request
 * id, one error shape, no-store, logged 500s) with the access rule given here; `reason` says who may
 * call and shows in the entry-point test. `authenticate` answers a Response to refuse.
 */
export function withProbe(
  reason: string,
  handler: (context: CoreContext) => Promise<Response | object>,
  authenticate: (context: CoreContext) => Promise<Response | null> = async () => null,
): RouteHandler<Record<string, string | string[]>> {
  return buildRoute<object>(
    {
      marker: { kind: "probe", reason },
      logTag: "probe",
      authenticate: async (context) => (await authenticate(context)) ?? {},
    },
    ({ request, requestId, ip }) => handler({ request, requestId, ip }),
  );
}
