import { z } from "zod";
import { withSession } from "@/lib/api/with-session";
import { auditEntryIdSchema, getAuditEntry } from "@/lib/audit/queries";
import { STAFF } from "@/lib/auth/roles";

const params = z.object({ id: auditEntryIdSchema });

// GET /api/internal/audit/{id} – one audit entry in full, before and after included (the audit log's
// entry dialog fetches it when opened; administrators and auditors)
export const GET = withSession({ roles: STAFF, params }, async ({ params, viewer }) => ({
  entry: await getAuditEntry(viewer, params.id),
}));
