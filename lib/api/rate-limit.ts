// A fixed one-minute window per key, kept in this process. With several instances each enforces
// the limit on its own share of the traffic.
const windows = new Map<string, { start: number; count: number }>();

/** Counts one request; returns 0 when allowed, else the seconds until the window resets. */
export function takeToken(key: string, perMinute: number, now = Date.now()): number {
  const window = windows.get(key);
  if (!window || now - window.start >= 60_000) {
    windows.set(key, { start: now, count: 1 });
    return 0;
  }
  window.count += 1;
  if (window.count <= perMinute) return 0;
  return Math.ceil((window.start + 60_000 - now) / 1000);
}
