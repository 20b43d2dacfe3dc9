// The scheduler's "resources" job: every minute, read CPU, memory and disk and record them
// (record.ts), firing the Monitoring types whose thresholds are crossed. No "server-only": it runs in
// the worker process (lib/dispatch/scheduler.ts).
import { hostname } from "node:os";
import type { JobDefinition } from "@/lib/dispatch/jobs/types";
import {
  cpuPercentBetween,
  readCpuTimes,
  readDisk,
  readMemoryPercent,
  type CpuTimes,
  type ResourceReading,
} from "./probe";
import { recordResourceSample } from "./record";

/** Without a reading from this process in the last 5 minutes, CPU is measured over this window. */
const CPU_WINDOW_MS = 1_000;
const CPU_REUSE_MS = 5 * 60_000;

let previousCpu: { times: CpuTimes; at: number } | null = null;

/** CPU busy % since this process's previous reading (a minute ago), or over a 1 s window. */
async function readCpuPercent(): Promise<number> {
  let before = previousCpu && Date.now() - previousCpu.at < CPU_REUSE_MS ? previousCpu.times : null;
  if (!before) {
    before = await readCpuTimes();
    await new Promise((resolve) => setTimeout(resolve, CPU_WINDOW_MS));
  }
  const after = await readCpuTimes();
  previousCpu = { times: after, at: Date.now() };
  return cpuPercentBetween(before, after);
}

export async function readResources(dataDir: string): Promise<ResourceReading> {
  const [cpuPercent, memoryPercent, disk] = await Promise.all([
    readCpuPercent(),
    readMemoryPercent(),
    readDisk(dataDir),
  ]);
  return { cpuPercent, memoryPercent, ...disk };
}

export function resourcesJob(options: { dataDir: string; appUrl: string }): JobDefinition {
  return {
    name: "resources",
    pattern: "* * * * *",
    async run({ db, now }) {
      const reading = await readResources(options.dataDir);
      const { fired } = await recordResourceSample(db, reading, {
        host: hostname(),
        at: now(),
        detailsUrl: new URL("/system/resources", options.appUrl).toString(),
      });
      return {
        cpu: reading.cpuPercent,
        memory: reading.memoryPercent,
        diskFree: reading.diskFreePercent,
        fired,
      };
    },
  };
}
