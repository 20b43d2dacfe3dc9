import { withSession } from "@/lib/api/with-session";
import { STAFF } from "@/lib/auth/roles";
import { getResources } from "@/lib/system/resources/queries";
import { resourcesQuerySchema } from "@/lib/system/resources/schemas";

// GET /api/internal/system/resources?hours= – the resources page's auto-refresh (ADMIN, AUDITOR)
export const GET = withSession({ roles: STAFF, query: resourcesQuerySchema }, async ({ query, viewer }) =>
  getResources(viewer, query),
);
