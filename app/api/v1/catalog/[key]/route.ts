import { NextResponse } from "next/server";
import { parseInput } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import {
  catalogTypeParamsSchema,
  catalogTypeQuerySchema,
  getCatalogType,
} from "@/lib/api/operations/catalog";
import { AppError } from "@/lib/errors";

// GET /api/v1/catalog/{key} – one notification type
export const GET = withApi<{ key: string }>(
  async ({ request, params }) => {
    const { key } = parseInput(catalogTypeParamsSchema, params, "Invalid path parameters");
    const { locale } = parseInput(
      catalogTypeQuerySchema,
      Object.fromEntries(request.nextUrl.searchParams),
      "Invalid query parameters",
    );
    const type = getCatalogType(key, locale);
    if (!type) throw new AppError("NOT_FOUND", `No notification type has the key '${key}'`);
    return NextResponse.json({ data: type });
  },
  { scope: "catalog:read" },
);
