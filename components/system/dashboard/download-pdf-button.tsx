import { FileDown } from "lucide-react";
import { Button } from "@/components/ui/button";

/**
 * A plain link to the PDF route: the browser downloads the attachment itself (no script), and the route
 * notifies and audits the download.
 */
export function DownloadPdfButton({ hours, label }: { hours: number; label: string }) {
  return (
    <Button asChild>
      <a
        href={`/api/internal/system/dashboard/pdf?hours=${hours}`}
        download
        data-testid="dashboard-download-pdf"
      >
        <FileDown aria-hidden />
        {label}
      </a>
    </Button>
  );
}
