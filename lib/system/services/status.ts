// How a Herald service's state is read, per Appendix I (lib/system/values.ts): DISABLED when an
// administrator switched it off, else ACTIVE while its heartbeat is fresh, else INACTIVE (stopped,
// crashed or unreachable). Pure: the page, the API and the tests share it.
import type { ServiceState } from "@/lib/system/values";

/** Instances write a heartbeat this often… */
export const HEARTBEAT_INTERVAL_MS = 10_000;
/** …and read as INACTIVE once the last one is older than this (three missed beats). */
export const HEARTBEAT_STALE_MS = 30_000;

export interface InstanceState {
  lastHeartbeatAt: Date;
  /** Set when the process said goodbye on a clean stop. */
  stoppedAt?: Date | null;
  /** The administrator's switch for this kind of service. */
  disabled?: boolean;
}

export function instanceState(instance: InstanceState, now: Date): ServiceState {
  if (instance.disabled) return "DISABLED";
  if (instance.stoppedAt) return "INACTIVE";
  const age = now.getTime() - instance.lastHeartbeatAt.getTime();
  return age <= HEARTBEAT_STALE_MS ? "ACTIVE" : "INACTIVE";
}
