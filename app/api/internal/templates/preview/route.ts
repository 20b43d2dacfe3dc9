import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/respond";
import { withSession } from "@/lib/api/with-session";
import { STAFF } from "@/lib/auth/viewer";
import { renderPreview } from "@/lib/templates/preview";
import { previewRequestSchema } from "@/lib/templates/schemas";

// POST /api/internal/templates/preview – renders a type with a payload and optional texts (ADMIN, AUDITOR).
// Body: { typeKey, locale, payload, override?: { subject?, intro? } } → { subject, html, text }, or 400
// with the payload's issues by JSON path in error.details ("payload.request.id": [...]).
export const POST = withSession(
  async ({ request, viewer }) => {
    const input = await parseJsonBody(request, previewRequestSchema);
    return NextResponse.json(await renderPreview(input, viewer));
  },
  { roles: STAFF },
);
