import { withSession } from "@/lib/api/with-session";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toAppLocale } from "@/lib/i18n/locales";
import { recordDashboardDownload } from "@/lib/system/dashboard/download";
import { dashboardPdfFilename } from "@/lib/system/dashboard/filename";
import { renderDashboardPdf } from "@/lib/system/dashboard/pdf/render";
import { getSystemDashboard } from "@/lib/system/dashboard/queries";
import { resourcesQuerySchema } from "@/lib/system/resources/schemas";

// @react-pdf/renderer needs Node (fontkit, zlib, Buffer): never the edge runtime.
export const runtime = "nodejs";

// GET /api/internal/system/dashboard/pdf?hours= – the system dashboard as a PDF (ADMIN, AUDITOR), in the
// downloader's language and time zone. Every download fires "User downloaded the PDF with system
// dashboard" naming them, and is audited; the file is made first, so a failure records nothing.
export const GET = withSession(
  { roles: STAFF, query: resourcesQuerySchema },
  async ({ request, query, viewer, actor }) => {
    // The download is notified and audited: only Herald's own pages may start one (a link on another
    // site would otherwise make the browser export with the session cookie of a top-level navigation).
    if (request.headers.get("sec-fetch-site") === "cross-site") throw new AppError("FORBIDDEN", "forbidden");
    const generatedAt = new Date();
    const dashboard = await getSystemDashboard(viewer, query);
    const pdf = await renderDashboardPdf(dashboard, {
      locale: toAppLocale(viewer.locale),
      timeZone: viewer.timeZone,
      generatedAt,
      downloadedBy: { name: viewer.name, email: viewer.email },
    });
    const filename = dashboardPdfFilename(generatedAt, viewer.timeZone);
    await recordDashboardDownload(db, actor, {
      user: { name: viewer.name, email: viewer.email },
      ip: actor.ip,
      at: generatedAt,
      hours: query.hours,
      filename,
    });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Content-Length": String(pdf.length),
        "Cache-Control": "no-store",
      },
    });
  },
);
