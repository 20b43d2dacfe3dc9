// The benches' arithmetic: nearest-rank percentiles, a median/p95/min summary, and timing one call.
import { performance } from "node:perf_hooks";

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Median, p95 and minimum of the samples (in any order). */
export function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0] ?? NaN };
}

/** Milliseconds `fn` took, and its result. */
export async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}
