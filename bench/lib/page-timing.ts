// Timing Herald's pages as a browser gets them (bench/pages.bench.ts): the whole HTML, one request at a
// time on keep-alive, and the same page as a client-side navigation fetches it (`RSC: 1`), then the
// table of results with each page's verdict against its goal.
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadAverage } from "./bench-database";
import { percentile } from "./stats";

export interface Target {
  label: string;
  path: string;
  /** The p95 goal of the whole response, in ms (none for the baselines). */
  goal?: number;
  /** Sent without the session cookie. */
  anonymous?: boolean;
  /** A route handler, not a page: no RSC form. */
  noRsc?: boolean;
}

export interface Measured extends Target {
  ttfb: number[];
  total: number[];
  bytes: number;
  /** The same page as a client-side navigation fetches it (`RSC: 1`): whole response times and size. */
  rsc: number[];
  rscBytes: number;
  load: string;
}

/**
 * The URL a client-side navigation fetches for a page: Next answers an RSC request without its `_rsc`
 * cache-busting parameter with a redirect to the URL that has it (the browser computes it up front).
 */
async function rscPath(url: string, target: Target, cookie: string) {
  const response = await fetch(url + target.path, {
    redirect: "manual",
    headers: { ...(target.anonymous ? {} : { cookie }), rsc: "1" },
  });
  await response.arrayBuffer();
  const location = response.headers.get("location");
  if (response.status !== 307 || !location?.includes("_rsc")) return target.path;
  const resolved = new URL(location, url + target.path);
  return resolved.pathname + resolved.search;
}

/** One GET: milliseconds to the headers and to the last byte, and the body's size. */
async function get(url: string, target: Target, cookie: string, rsc = false) {
  const start = performance.now();
  const response = await fetch(url + target.path, {
    redirect: "manual",
    headers: {
      ...(target.anonymous ? {} : { cookie }),
      ...(rsc ? { rsc: "1" } : {}),
    },
  });
  const ttfb = performance.now() - start;
  const body = await response.text();
  const total = performance.now() - start;
  // A signed-in page that answers with the sign-in form has lost its session: not a measurement.
  if (response.status !== 200 || (!target.anonymous && body.includes('name="password"'))) {
    throw new Error(`${target.path} answered ${response.status} ${response.headers.get("location") ?? ""}`);
  }
  return { ttfb, total, bytes: Buffer.byteLength(body), body };
}

/**
 * `warmUp` requests, then `runs` timed ones of the HTML and `runs` of the RSC form; the last answer of
 * each is written to `keepAs`.html / .rsc for inspection.
 */
export async function measure(
  url: string,
  target: Target,
  cookie: string,
  { warmUp, runs, keepAs }: { warmUp: number; runs: number; keepAs: string },
): Promise<Measured> {
  for (let i = 0; i < warmUp; i += 1) await get(url, target, cookie);
  const ttfb: number[] = [];
  const total: number[] = [];
  const rsc: number[] = [];
  let bytes = 0;
  let rscBytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const run = await get(url, target, cookie);
    ttfb.push(run.ttfb);
    total.push(run.total);
    bytes = run.bytes;
    if (i === runs - 1) writeFileSync(`${keepAs}.html`, run.body);
  }
  try {
    const asRsc = { ...target, path: target.noRsc ? target.path : await rscPath(url, target, cookie) };
    for (let i = 0; i < (target.noRsc ? 0 : runs); i += 1) {
      const run = await get(url, asRsc, cookie, true);
      rsc.push(run.total);
      rscBytes = run.bytes;
      if (i === runs - 1) writeFileSync(`${keepAs}.rsc`, run.body);
    }
  } catch (error) {
    // The RSC form is a diagnosis beside the page's own time: a failure there leaves its columns empty.
    console.warn(`RSC form of ${target.path}: ${(error as Error).message}`);
    rsc.length = 0;
  }
  return { ...target, ttfb, total, bytes, rsc, rscBytes, load: loadAverage() };
}

const ms = (n: number) => n.toFixed(1).padStart(7);
const sorted = (samples: number[]) => [...samples].sort((a, b) => a - b);

/** The results of one build as a table, each page's p95 against its goal; ratios against `baselinePath`'s p50. */
export function printResults(build: string, results: Measured[], baselinePath: string) {
  const base = percentile(sorted(results.find((r) => r.path === baselinePath)!.total), 50);
  console.log(`\nBuild: ${build}`);
  console.log(
    `${"page".padEnd(46)} ${"TTFB p50".padStart(8)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"max".padStart(7)}` +
      `  ${"×sign-in".padStart(8)}  ${"kB".padStart(5)}  ${"RSC p50".padStart(7)} ${"RSC p95".padStart(7)}` +
      `  ${"RSC kB".padStart(6)}  goal    verdict   load`,
  );
  let off = 0;
  for (const result of results) {
    const total = sorted(result.total);
    const ttfb = sorted(result.ttfb);
    const rsc = sorted(result.rsc);
    const p95 = percentile(total, 95);
    const verdict = result.goal === undefined ? "baseline" : p95 <= result.goal ? "meets" : "MISSES";
    if (verdict === "MISSES") off += 1;
    console.log(
      `${result.label.padEnd(46)} ${ms(percentile(ttfb, 50)).padStart(8)} ${ms(percentile(total, 50))} ${ms(p95)} ` +
        `${ms(total.at(-1)!)}  ${(percentile(total, 50) / base).toFixed(1).padStart(7)}×  ` +
        `${(result.bytes / 1024).toFixed(0).padStart(5)}  ${ms(percentile(rsc, 50))} ${ms(percentile(rsc, 95))}  ` +
        `${(result.rscBytes / 1024).toFixed(0).padStart(6)}  ${(result.goal ? `≤${result.goal}` : "—").padEnd(6)}  ` +
        `${verdict.padEnd(8)}  ${result.load}`,
    );
  }
  console.log(
    `Times in ms, whole response (last byte) unless TTFB; ratios are p50 against GET ${baselinePath}'s p50; ` +
      `RSC: the page fetched as a client-side navigation. ` +
      `${off === 0 ? "Every page meets its goal." : `${off} page(s) MISS their goal.`}`,
  );
}
