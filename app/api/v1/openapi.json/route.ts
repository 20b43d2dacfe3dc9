import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";

// GET /api/v1/openapi.json – the OpenAPI 3.1 document of this API (public: it describes, it grants nothing)
export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
