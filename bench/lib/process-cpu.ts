// CPU time of process trees, read from Linux's /proc: how a benchmark's CPU divides between Herald's
// web server, PostgreSQL and the load generator itself. Used to tell a machine that is out of cores
// from code that waits.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Clock ticks per second of /proc's utime and stime (USER_HZ: 100 on every Linux we run). */
const TICKS_PER_SECOND = 100;

interface ProcessStat {
  pid: number;
  parent: number;
  cpuMs: number;
}

function readStat(pid: number): ProcessStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: read the fields after it.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // utime, stime and the reaped children's cutime, cstime (fields 14–17): a backend that exited is
    // gone from /proc, but its time is in its parent's cutime and cstime once reaped.
    const ticks = fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0);
    return { pid, parent: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return undefined; // the process ended between the listing and the read
  }
}

/** CPU milliseconds (user + system) used so far by `root` and every process below it. */
export function treeCpuMs(root: number): number {
  const stats = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is ProcessStat => stat !== undefined);
  const children = new Map<number, ProcessStat[]>();
  for (const stat of stats) children.set(stat.parent, [...(children.get(stat.parent) ?? []), stat]);
  let total = readStat(root)?.cpuMs ?? 0;
  const pending = [...(children.get(root) ?? [])];
  for (let next = pending.pop(); next; next = pending.pop()) {
    total += next.cpuMs;
    pending.push(...(children.get(next.pid) ?? []));
  }
  return total;
}

/** The postmaster's pid of a cluster, from the first line of its `postmaster.pid`. */
export function postmasterPid(clusterDir: string): number {
  return Number(readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

/** This process's own CPU milliseconds (user + system). */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds of each side of a benchmark: the web servers, PostgreSQL and this process. */
export interface CpuShare {
  web: number;
  postgres: number;
  bench: number;
}

/** CPU milliseconds so far of the web servers' process trees, of PostgreSQL's and of this process. */
export function cpuNow(webPids: number[], postgresPid: number): CpuShare {
  return {
    web: webPids.reduce((sum, pid) => sum + treeCpuMs(pid), 0),
    postgres: treeCpuMs(postgresPid),
    bench: ownCpuMs(),
  };
}

/** What one answered request cost each side between two readings, and the ceiling that sets. */
export function cpuLine(before: CpuShare, after: CpuShare, answered: number): string {
  const per = (side: keyof CpuShare) => (after[side] - before[side]) / Math.max(1, answered);
  const total = per("web") + per("postgres") + per("bench");
  const cores = os.cpus().length;
  return (
    `CPU per request: web server ${per("web").toFixed(2)} ms, PostgreSQL ${per("postgres").toFixed(2)} ms, ` +
    `load generator ${per("bench").toFixed(2)} ms = ${total.toFixed(2)} ms; ${cores} cores ` +
    `÷ that = at most ${((cores * 1000) / total).toFixed(0)} req/s on this machine`
  );
}
