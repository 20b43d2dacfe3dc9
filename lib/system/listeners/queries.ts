import "server-only";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { readListeners, type ListenersSnapshot } from "./read";
import type { ListenerFilters } from "./schemas";

/**
 * The host's TCP sockets (ADMIN, AUDITOR, or a key with system:read), filtered by state and port.
 * Counts and build-ups are over every socket, whatever the filters, so the summary stays the host's.
 */
export async function getListeners(
  viewer: Reader,
  { state, port }: ListenerFilters,
  procRoot?: string,
): Promise<ListenersSnapshot & { total: number }> {
  authorize(viewer, STAFF, "system:read");
  const snapshot = await readListeners(procRoot);
  const sockets = snapshot.sockets.filter(
    (socket) =>
      (state === undefined || socket.state === state) &&
      (port === undefined || socket.localPort === port || socket.remotePort === port),
  );
  return { ...snapshot, total: snapshot.sockets.length, sockets };
}
