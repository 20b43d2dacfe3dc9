import { withSession } from "@/lib/api/with-session";
import { STAFF } from "@/lib/auth/roles";
import { toListenersDto } from "@/lib/system/listeners/dto";
import { getListeners } from "@/lib/system/listeners/queries";
import { listenerFiltersSchema } from "@/lib/system/listeners/schemas";

// GET /api/internal/system/listeners?state=&port= – the listeners page's auto-refresh (ADMIN, AUDITOR)
export const GET = withSession({ roles: STAFF, query: listenerFiltersSchema }, async ({ query, viewer }) =>
  toListenersDto(await getListeners(viewer, query)),
);
