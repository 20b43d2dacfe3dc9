// Counts per state and the build-up flags of the listeners page. Pure.
import { tcpStateValues, type TcpState } from "@/lib/system/values";
import type { TcpSocket } from "./parse";

/**
 * How many sockets in a closing state count as a build-up. Appendix I explains why each matters:
 * - FIN-WAIT-2: we closed, the remote end has not. "Usually short-lived … Excessive FIN-WAIT-2 states may
 *   indicate an error in remote application coding": a remote application that never closes its side.
 * - CLOSE-WAIT: the remote end closed and this host's application has not closed its socket yet. These
 *   never clear by themselves: a steady pile means a local application leaks connections.
 * - TIME-WAIT: normal after every close this side starts (waiting "long enough … to make sure that remote
 *   TCP has received confirmation"), so only a large number matters: heavy connection churn that can
 *   exhaust local ports.
 * The numbers are deliberately conservative for one small PAM server.
 */
export const BUILD_UP_THRESHOLDS = {
  "FIN-WAIT-2": 50,
  "CLOSE-WAIT": 20,
  "TIME-WAIT": 1000,
} as const satisfies Partial<Record<TcpState, number>>;

export type BuildUpState = keyof typeof BUILD_UP_THRESHOLDS;

export interface BuildUp {
  state: BuildUpState;
  count: number;
  threshold: number;
}

export function countByState(sockets: readonly TcpSocket[]): Record<TcpState, number> {
  const counts = Object.fromEntries(tcpStateValues.map((state) => [state, 0])) as Record<TcpState, number>;
  for (const socket of sockets) counts[socket.state] += 1;
  return counts;
}

/** The closing states whose count reached their threshold, in the table's order. */
export function findBuildUps(counts: Readonly<Record<TcpState, number>>): BuildUp[] {
  return (Object.keys(BUILD_UP_THRESHOLDS) as BuildUpState[])
    .filter((state) => counts[state] >= BUILD_UP_THRESHOLDS[state])
    .map((state) => ({ state, count: counts[state], threshold: BUILD_UP_THRESHOLDS[state] }));
}
