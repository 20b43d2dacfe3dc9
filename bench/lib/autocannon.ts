// autocannon (the kept HTTP load generator, v9) ships no type declarations: the part of its API the
// benchmarks use, typed here once.
import { createRequire } from "node:module";

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Called before each request is sent: return it with per-request headers or body. */
  setupRequest?: (request: LoadRequest) => LoadRequest;
}

export interface LoadOptions {
  url: string;
  connections: number;
  duration: number;
  requests: LoadRequest[];
}

interface Histogram {
  average: number;
  mean: number;
  stddev: number;
  min: number;
  max: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  total: number;
}

export interface LoadResult {
  requests: Histogram;
  latency: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
  statusCodeStats: Record<string, { count: number }>;
}

type Autocannon = (options: LoadOptions) => Promise<LoadResult>;

export const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/**
 * Two load generators' results as one: requests per second and counts add up; of the latencies, the
 * median is the mean of the two medians and p99 and max the worse of the two (an upper bound).
 */
export function combineResults([first, second]: LoadResult[]): LoadResult {
  const sum = (pick: (result: LoadResult) => number) => pick(first!) + pick(second!);
  return {
    ...first!,
    requests: { ...first!.requests, average: sum((result) => result.requests.average) },
    latency: {
      ...first!.latency,
      p50: sum((result) => result.latency.p50) / 2,
      p99: Math.max(first!.latency.p99, second!.latency.p99),
      max: Math.max(first!.latency.max, second!.latency.max),
    },
    "2xx": sum((result) => result["2xx"]),
    non2xx: sum((result) => result.non2xx),
    errors: sum((result) => result.errors),
    timeouts: sum((result) => result.timeouts),
  };
}
