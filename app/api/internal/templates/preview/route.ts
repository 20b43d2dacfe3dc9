import { withSession } from "@/lib/api/with-session";
import { STAFF } from "@/lib/auth/roles";
import { renderPreview } from "@/lib/templates/preview";
import { previewRequestSchema } from "@/lib/templates/schemas";

// POST /api/internal/templates/preview – renders a type with a payload and optional texts (ADMIN, AUDITOR).
// A read, but POST: the payload is a JSON document too large for a URL.
// Body: { typeKey, locale, payload, override?: { subject?, intro? } } → { subject, html, text }, or 400
// with the payload's issues by JSON path in error.details ("payload.request.id": [...]).
export const POST = withSession({ roles: STAFF, body: previewRequestSchema }, async ({ body, viewer }) =>
  renderPreview(body, viewer),
);
