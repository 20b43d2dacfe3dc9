import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import type { AppLocale } from "@/lib/i18n/locales";
import type { SystemDashboard } from "@/lib/system/dashboard/queries";
import { DashboardPdfDocument } from "./document";
import { registerPdfFonts } from "./fonts";
import { pdfText } from "./text";

export interface DashboardPdfOptions {
  locale: AppLocale;
  timeZone: string;
  generatedAt: Date;
  downloadedBy: { name: string; email: string };
}

/** The dashboard as PDF bytes, written in the downloader's language and time zone. */
export async function renderDashboardPdf(
  dashboard: SystemDashboard,
  { locale, timeZone, generatedAt, downloadedBy }: DashboardPdfOptions,
): Promise<Buffer> {
  registerPdfFonts();
  const text = await pdfText(locale, timeZone);
  return renderToBuffer(
    <DashboardPdfDocument
      dashboard={dashboard}
      text={text}
      generatedAt={generatedAt}
      downloadedBy={downloadedBy}
    />,
  );
}
