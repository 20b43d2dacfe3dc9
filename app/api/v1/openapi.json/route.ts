import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";
import { operation } from "@/lib/api/operations";
import { withApi } from "@/lib/api/with-api";

// GET /api/v1/openapi.json – the OpenAPI 3.1 document of this API (public: it describes, it grants nothing)
export const GET = withApi(operation("getOpenApiDocument"), async () =>
  NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }),
);
