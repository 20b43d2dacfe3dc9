// Reads the host's CPU, memory and disk. No "server-only": the scheduler's resources job runs it in the
// worker process, outside Next. The parsers are pure and unit-tested; the readers touch /proc and statfs.
import { existsSync } from "node:fs";
import { readFile, statfs } from "node:fs/promises";
import path from "node:path";

export interface CpuTimes {
  /** Jiffies spent busy (everything but idle and iowait) and in total, summed over all CPUs. */
  busy: number;
  total: number;
}

/** The aggregate "cpu" line of /proc/stat: user nice system idle iowait irq softirq steal (guest is in user). */
export function parseProcStat(text: string): CpuTimes | null {
  const line = text.split("\n").find((l) => /^cpu\s/.test(l));
  if (!line) return null;
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (fields.length < 4 || fields.some((n) => !Number.isFinite(n))) return null;
  const total = fields.reduce((sum, n) => sum + n, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/** Busy share between two readings, 0–100 (0 when no time passed). */
export function cpuPercentBetween(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total;
  if (total <= 0) return 0;
  return clampPercent(((after.busy - before.busy) / total) * 100);
}

/** Used memory share from /proc/meminfo: (MemTotal − MemAvailable) / MemTotal, 0–100. */
export function parseMeminfo(text: string): number | null {
  const kb = (name: string) => {
    const match = new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(text);
    return match ? Number(match[1]) : null;
  };
  const total = kb("MemTotal");
  const available = kb("MemAvailable");
  if (!total || available === null) return null;
  return clampPercent(((total - available) / total) * 100);
}

export function clampPercent(value: number): number {
  return Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;
}

export interface ResourceReading {
  cpuPercent: number;
  memoryPercent: number;
  diskFreePercent: number;
  diskFreeBytes: number;
  diskTotalBytes: number;
  volume: string;
}

export async function readCpuTimes(procRoot = "/proc"): Promise<CpuTimes> {
  const times = parseProcStat(await readFile(path.join(procRoot, "stat"), "utf8"));
  if (!times) throw new Error(`${procRoot}/stat has no aggregate cpu line`);
  return times;
}

export async function readMemoryPercent(procRoot = "/proc"): Promise<number> {
  const percent = parseMeminfo(await readFile(path.join(procRoot, "meminfo"), "utf8"));
  if (percent === null) throw new Error(`${procRoot}/meminfo has no MemTotal/MemAvailable`);
  return percent;
}

/** Free space on the volume holding `dataDir`, as an unprivileged writer sees it (df's "Avail"). */
export async function readDisk(dataDir: string) {
  const volume = path.resolve(existsSync(dataDir) ? dataDir : ".");
  const stats = await statfs(volume);
  const diskTotalBytes = stats.blocks * stats.bsize;
  const diskFreeBytes = stats.bavail * stats.bsize;
  const diskFreePercent = diskTotalBytes > 0 ? clampPercent((diskFreeBytes / diskTotalBytes) * 100) : 0;
  return { volume, diskFreeBytes, diskTotalBytes, diskFreePercent };
}
