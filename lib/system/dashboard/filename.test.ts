import { describe, expect, it } from "vitest";
import { dashboardPdfFilename } from "./filename";

describe("dashboardPdfFilename", () => {
  const at = new Date("2026-12-02T01:05:00Z");

  it("dates the file in the downloader's time zone", () => {
    expect(dashboardPdfFilename(at, "UTC")).toBe("herald-system-dashboard-2026-12-02-0105.pdf");
    expect(dashboardPdfFilename(at, "America/Sao_Paulo")).toBe("herald-system-dashboard-2026-12-01-2205.pdf");
  });

  it("falls back to UTC for a zone the runtime does not know", () => {
    expect(dashboardPdfFilename(at, "Mars/Olympus_Mons")).toBe("herald-system-dashboard-2026-12-02-0105.pdf");
  });
});
