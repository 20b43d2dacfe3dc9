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
