import { z } from "zod";
import { navAreas } from "@/components/shell/nav-items";
import { withSession } from "@/lib/api/with-session";
import { toAppLocale } from "@/lib/i18n/locales";
import { searchPalette, type PalettePage } from "@/lib/search/palette/queries";
import { PALETTE_QUERY_MAX_LENGTH } from "@/lib/search/palette/types";

// Longer searches are cut, not refused: the palette sends what the person typed.
const paletteQuery = z.object({
  q: z
    .string()
    .default("")
    .transform((q) => q.trim().slice(0, PALETTE_QUERY_MAX_LENGTH)),
});

const pages: PalettePage[] = navAreas.flatMap(({ area, items }) =>
  items.map(({ href, label, roles }) => ({ href, label, area, roles })),
);

// GET /api/internal/palette?q= – the command palette's destinations matching q: pages the viewer's role
// may open and notification types for anyone; users, groups, contacts and recent events for staff
export const GET = withSession({ query: paletteQuery }, async ({ query, viewer }) =>
  searchPalette(viewer, { q: query.q, locale: toAppLocale(viewer.locale), pages }),
);
