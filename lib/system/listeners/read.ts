import "server-only";
import { readdir, readFile, readlink } from "node:fs/promises";
import path from "node:path";
import type { TcpState } from "@/lib/system/values";
import { parseProcNetTcp, type TcpFamily, type TcpSocket } from "./parse";
import { countByState, findBuildUps, type BuildUp } from "./summary";

/** Looking for owners reads at most this many /proc/[pid]/fd entries per snapshot (bounded cost). */
export const MAX_FD_LINKS = 20_000;

export interface SocketOwner {
  pid: number;
  name: string;
}

export interface ListenerSocket extends TcpSocket {
  /** The process holding the socket, when this process may read its /proc/[pid]/fd (null otherwise). */
  owner: SocketOwner | null;
}

export interface ListenersSnapshot {
  /** False when neither /proc/net/tcp nor tcp6 exists (not Linux, or /proc not mounted): nothing else is known. */
  available: boolean;
  sockets: ListenerSocket[];
  counts: Record<TcpState, number>;
  buildUps: BuildUp[];
  /** False when the fd walk stopped at MAX_FD_LINKS: some owners may be missing. */
  ownersComplete: boolean;
  readAt: Date;
}

async function readTable(procRoot: string, family: TcpFamily): Promise<TcpSocket[] | null> {
  try {
    return parseProcNetTcp(await readFile(path.join(procRoot, "net", family), "utf8"), family);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Maps socket inodes to the processes holding them by reading the "socket:[inode]" links in
 * /proc/[pid]/fd. Best effort: processes of other users are unreadable without privileges and are
 * skipped, as are processes that exit meanwhile; the walk stops after MAX_FD_LINKS links.
 */
async function findOwners(
  procRoot: string,
  inodes: ReadonlySet<number>,
): Promise<{ owners: Map<number, SocketOwner>; complete: boolean }> {
  const owners = new Map<number, SocketOwner>();
  if (inodes.size === 0) return { owners, complete: true };
  let budget = MAX_FD_LINKS;
  const pids = (await readdir(procRoot).catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  for (const pid of pids) {
    if (owners.size === inodes.size) break;
    if (budget <= 0) return { owners, complete: false };
    const fdDir = path.join(procRoot, pid, "fd");
    const fds = await readdir(fdDir).catch(() => [] as string[]);
    let name: string | null = null;
    for (const fd of fds) {
      if (budget-- <= 0) break;
      const target = await readlink(path.join(fdDir, fd)).catch(() => "");
      const match = /^socket:\[(\d+)\]$/.exec(target);
      if (!match) continue;
      const inode = Number(match[1]);
      if (!inodes.has(inode) || owners.has(inode)) continue;
      name ??= (await readFile(path.join(procRoot, pid, "comm"), "utf8").catch(() => "")).trim();
      owners.set(inode, { pid: Number(pid), name });
    }
  }
  return { owners, complete: budget > 0 };
}

/**
 * The host's TCP sockets from <procRoot>/net/tcp and tcp6 with their owners, counts and build-ups.
 * `available: false` when neither table exists (not Linux, or /proc not mounted).
 */
export async function readListeners(procRoot = "/proc"): Promise<ListenersSnapshot> {
  const [v4, v6] = await Promise.all([readTable(procRoot, "tcp"), readTable(procRoot, "tcp6")]);
  const readAt = new Date();
  if (v4 === null && v6 === null) {
    return {
      available: false,
      sockets: [],
      counts: countByState([]),
      buildUps: [],
      ownersComplete: true,
      readAt,
    };
  }
  const raw = [...(v4 ?? []), ...(v6 ?? [])];
  const { owners, complete } = await findOwners(
    procRoot,
    new Set(raw.map((socket) => socket.inode).filter((inode) => inode > 0)),
  );
  const sockets = raw.map((socket) => ({ ...socket, owner: owners.get(socket.inode) ?? null }));
  const counts = countByState(sockets);
  return {
    available: true,
    sockets,
    counts,
    buildUps: findBuildUps(counts),
    ownersComplete: complete,
    readAt,
  };
}
