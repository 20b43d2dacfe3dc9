import { describe, expect, it } from "vitest";
import { createMetrics, observeAttempts, routePattern } from "./metrics";

const METRIC_NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
const LABELS = `\\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\.)*",?)*\\}`;
// Prometheus parses values with Go's ParseFloat: Inf and NaN in any case (prom-client writes "Nan").
const VALUE = "(?:[-+]?(?:\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|[Ii][Nn][Ff]|[Nn][Aa][Nn]))";
const SAMPLE = new RegExp(`^(${METRIC_NAME})(${LABELS})? ${VALUE}(?: \\d+)?$`);
const HELP = new RegExp(`^# HELP (${METRIC_NAME}) .*$`);
const TYPE = new RegExp(`^# TYPE (${METRIC_NAME}) (counter|gauge|histogram|summary|untyped)$`);

/** Lines that are not valid Prometheus text exposition (format 0.0.4). */
function invalidLines(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => line !== "" && !SAMPLE.test(line) && !HELP.test(line) && !TYPE.test(line));
}

function sample(text: string, name: string, labels: string): number | undefined {
  const line = text.split("\n").find((entry) => entry.startsWith(`${name}{`) && entry.includes(labels));
  return line === undefined ? undefined : Number(line.split(" ").at(-1));
}

describe("Herald's metrics", () => {
  it("render as Prometheus text exposition, default process metrics included", async () => {
    const metrics = createMetrics();
    metrics.httpRequests.inc({ method: "GET", route: "/api/v1/groups/[id]", status: "200" });
    const text = await metrics.registry.metrics();
    expect(invalidLines(text)).toEqual([]);
    expect(text).toContain("# TYPE herald_http_requests_total counter");
    expect(text).toContain("# TYPE herald_process_cpu_seconds_total counter");
    expect(text).toContain("# TYPE herald_send_duration_seconds histogram");
  });

  it("count an attempt and observe its latency when the worker records it", async () => {
    const metrics = createMetrics();
    const before = await metrics.registry.metrics();
    expect(sample(before, "herald_delivery_attempts_total", 'transport="SMTP"')).toBeUndefined();

    observeAttempts([{ transport: "SMTP", outcome: "SENT", durationMs: 120 }], metrics);
    observeAttempts([{ transport: "SMTP", outcome: "SENT", durationMs: 3_000 }], metrics);
    const after = await metrics.registry.metrics();
    expect(invalidLines(after)).toEqual([]);
    expect(sample(after, "herald_delivery_attempts_total", 'outcome="SENT"')).toBe(2);
    expect(sample(after, "herald_send_duration_seconds_count", 'transport="SMTP"')).toBe(2);
    expect(sample(after, "herald_send_duration_seconds_bucket", 'le="0.25"')).toBe(1);
    expect(sample(after, "herald_send_duration_seconds_sum", 'transport="SMTP"')).toBeCloseTo(3.12);
  });
});

describe("routePattern", () => {
  it("replaces param values by their names, so labels stay bounded", () => {
    expect(routePattern("/api/v1/groups/0193a1b2-c3d4", { id: "0193a1b2-c3d4" })).toBe("/api/v1/groups/[id]");
    expect(routePattern("/unsubscribe/a%20b", { token: "a b" })).toBe("/unsubscribe/[token]");
    expect(routePattern("/api/auth/callback/credentials", { nextauth: ["callback", "credentials"] })).toBe(
      "/api/auth/[nextauth]/[nextauth]",
    );
    expect(routePattern("/api/v1/catalog", {})).toBe("/api/v1/catalog");
  });
});
