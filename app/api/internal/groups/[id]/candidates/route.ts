import { z } from "zod";
import { withSession } from "@/lib/api/with-session";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { searchMemberCandidates } from "@/lib/groups/queries";

const params = z.object({ id: z.uuid() });
// Longer searches are cut, not refused: the picker sends what the person typed.
const query = z.object({
  q: z
    .string()
    .default("")
    .transform((q) => q.trim().slice(0, 100)),
});

// GET /api/internal/groups/{id}/candidates?q= – active users matching q, flagged when already members (the
// add-members picker; administrators only, as only they add members)
export const GET = withSession({ roles: ADMIN_ONLY, params, query }, async ({ params, query, viewer }) => ({
  candidates: await searchMemberCandidates(viewer, { groupId: params.id, q: query.q }),
}));
