// The disk space daily notification (monitoring.disk-daily): the volume holding Herald's data, read
// with fs.statfs. No "server-only": the scheduler runs in the worker process, outside Next.
import { existsSync } from "node:fs";
import { statfs } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";

export interface DiskUsageReport {
  period: { from: string; to: string };
  generatedAt: string;
  rows: { host: string; volume: string; used: number; freeBytes: number; totalBytes: number }[];
}

export async function buildDiskUsageReport(
  dataDir: string,
  period: { from: Date; to: Date },
  now = new Date(),
): Promise<DiskUsageReport> {
  const volume = path.resolve(existsSync(dataDir) ? dataDir : ".");
  const stats = await statfs(volume);
  const totalBytes = stats.blocks * stats.bsize;
  // What an unprivileged writer can still use (df's "Avail"), as the alert types measure it.
  const freeBytes = stats.bavail * stats.bsize;
  const used = totalBytes > 0 ? Math.round(((totalBytes - freeBytes) / totalBytes) * 1000) / 10 : 0;
  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    generatedAt: now.toISOString(),
    rows: [
      {
        host: hostname().slice(0, 120) || "herald",
        volume: volume.slice(0, 200),
        used: Math.min(100, Math.max(0, used)),
        freeBytes,
        totalBytes,
      },
    ],
  };
}
