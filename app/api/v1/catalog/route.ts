import { NextResponse } from "next/server";
import { parseInput } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { catalogQuerySchema, listCatalog } from "@/lib/api/operations/catalog";

// GET /api/v1/catalog – every notification type, filtered by category, severity, kind, mandatory and a search
export const GET = withApi(
  async ({ request }) => {
    const query = parseInput(
      catalogQuerySchema,
      Object.fromEntries(request.nextUrl.searchParams),
      "Invalid query parameters",
    );
    return NextResponse.json(listCatalog(query));
  },
  { scope: "catalog:read" },
);
