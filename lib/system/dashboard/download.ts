import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Database } from "@/lib/db";
import { enqueueEvent } from "@/lib/dispatch/enqueue";
import { env } from "@/lib/env";
import { originOf } from "./origin";

export const DASHBOARD_PDF_TYPE = "monitoring.dashboard-pdf-download";
/** The dashboard's name in the notification (the catalog's payloads are in English). */
export const DASHBOARD_NAME = "System dashboard";

export interface DashboardDownload {
  user: { name: string; email: string };
  /** The downloader's address as the request wrappers read it (lib/auth/client-ip). */
  ip: string | null;
  at: Date;
  hours: number;
  filename: string;
}

/**
 * Records one download of the dashboard PDF: "User downloaded the PDF with system dashboard", naming
 * the user, goes through the dispatch pipeline to the type's subscribers, and the audit log says who
 * exported what, in one transaction (neither exists without the other).
 */
export async function recordDashboardDownload(
  db: Database,
  actor: AuditActor,
  download: DashboardDownload,
): Promise<{ eventId: string; deliveryCount: number }> {
  return db.$transaction(async (tx) => {
    const event = await enqueueEvent(
      tx,
      {
        typeKey: DASHBOARD_PDF_TYPE,
        payload: {
          user: { name: download.user.name.slice(0, 120), username: download.user.email.slice(0, 120) },
          dashboard: DASHBOARD_NAME,
          origin: originOf(download.ip),
          occurredAt: download.at.toISOString(),
          detailsUrl: new URL("/system", env.APP_URL).toString(),
        },
        occurredAt: download.at,
        source: "herald",
      },
      { kind: "SYSTEM" },
    );
    await recordAudit(tx, actor, {
      action: "system-dashboard.download",
      targetType: "system-dashboard",
      after: { format: "pdf", hours: download.hours, filename: download.filename, eventId: event.eventId },
    });
    return { eventId: event.eventId, deliveryCount: event.deliveryCount };
  });
}
