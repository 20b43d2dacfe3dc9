// A device's connectivity state after one check. Pure. "Lost" fires once when the failure run reaches
// the device's threshold; "restored" fires once on the first success after a lost.

export interface ConnectivityState {
  consecutiveFailures: number;
  lost: boolean;
  lostAt: Date | null;
}

export const initialConnectivity: ConnectivityState = { consecutiveFailures: 0, lost: false, lostAt: null };

export type Transition =
  { kind: "lost"; lostAt: Date } | { kind: "restored"; lostAt: Date; restoredAt: Date } | null;

export function applyCheck(
  state: ConnectivityState,
  check: { ok: boolean; at: Date },
  failureThreshold: number,
): { state: ConnectivityState; transition: Transition } {
  if (check.ok) {
    const transition: Transition =
      state.lost && state.lostAt ? { kind: "restored", lostAt: state.lostAt, restoredAt: check.at } : null;
    return { state: initialConnectivity, transition };
  }
  const consecutiveFailures = state.consecutiveFailures + 1;
  if (!state.lost && consecutiveFailures >= failureThreshold) {
    return {
      state: { consecutiveFailures, lost: true, lostAt: check.at },
      transition: { kind: "lost", lostAt: check.at },
    };
  }
  return { state: { ...state, consecutiveFailures }, transition: null };
}
