import { z } from "zod";
import { withSession } from "@/lib/api/with-session";
import { STAFF } from "@/lib/auth/roles";
import { searchSubjects } from "@/lib/subscriptions/queries";

// Longer searches are cut, not refused: the picker sends what the person typed.
const searchQuery = z.object({
  q: z
    .string()
    .default("")
    .transform((q) => q.trim().slice(0, 100)),
});

// GET /api/internal/subscriptions/search?q= – users and groups to copy subscriptions from
export const GET = withSession({ roles: STAFF, query: searchQuery }, async ({ query, viewer }) => ({
  options: await searchSubjects(viewer, { q: query.q }),
}));
