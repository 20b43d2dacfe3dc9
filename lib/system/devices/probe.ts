// TCP-connect probes. No "server-only": the scheduler's devices job runs them in the worker process,
// never in the web server.
import net from "node:net";

export interface ProbeResult {
  ok: boolean;
  /** The slowest successful connect, in ms (null when none succeeded). */
  latencyMs: number | null;
  failedPorts: number[];
  error: string | null;
}

/** Connects to host:port, resolving with the connect time in ms, or rejecting on error or after `timeoutMs`. */
export function connectOnce(host: string, port: number, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = net.connect({ host, port });
    socket.setTimeout(timeoutMs);
    socket.once("connect", () => {
      socket.destroy();
      resolve(Math.round(performance.now() - started));
    });
    socket.once("timeout", () => {
      socket.destroy();
      reject(new Error(`timed out after ${timeoutMs} ms`));
    });
    socket.once("error", (error) => {
      socket.destroy();
      reject(error);
    });
  });
}

/** Every port must connect for the device to count as reachable. */
export async function probeDevice(
  host: string,
  ports: readonly number[],
  timeoutMs: number,
): Promise<ProbeResult> {
  const results = await Promise.allSettled(ports.map((port) => connectOnce(host, port, timeoutMs)));
  const failedPorts = ports.filter((_, i) => results[i]!.status === "rejected");
  const latencies = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const firstError = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  return {
    ok: failedPorts.length === 0,
    latencyMs: latencies.length > 0 ? Math.max(...latencies) : null,
    failedPorts,
    error: firstError
      ? String((firstError.reason as Error).message ?? firstError.reason).slice(0, 500)
      : null,
  };
}
