// The downloaded PDF's name. Pure.

/**
 * "herald-system-dashboard-2026-12-02-0915.pdf": the date and time it was made in the downloader's own
 * time zone (what they will look for), falling back to UTC for a zone the runtime does not know.
 */
export function dashboardPdfFilename(at: Date, timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = wallClock(timeZone).formatToParts(at);
  } catch {
    parts = wallClock("UTC").formatToParts(at);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return `herald-system-dashboard-${part("year")}-${part("month")}-${part("day")}-${part("hour")}${part("minute")}.pdf`;
}

const wallClock = (timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
