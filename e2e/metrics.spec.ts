import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import type { ApiScope } from "@/lib/api-keys/scopes";
import { toDbScope } from "@/lib/api-keys/scopes";
import { generateApiKey } from "@/lib/api-keys/secret";
import { samplePayloads } from "@/lib/templates/payloads";
import { demoAdmin } from "@/prisma/seed/demo-data";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";

// /metrics as Prometheus reads it: the exposition must parse under the text format's rules, and the
// delivery gauge must agree, status by status, with the send history after a real dispatch.

const TYPE = "access-control.request-approved" as const;
/** A client that is not on this machine (the e2e server trusts X-Forwarded-For): it needs a key. */
const REMOTE = { "X-Forwarded-For": "203.0.113.77" };

// ───────────── A strict parser of the Prometheus text exposition format (version 0.0.4) ─────────────
// prom-client writes this format but cannot read it, and no parser is installed. Stricter than
// Prometheus itself where Herald's output should never need the leniency: every sample belongs to a
// family declared by # TYPE before it, each family's lines form one group, no series appears twice,
// and histograms are cumulative with a +Inf bucket equal to their _count.

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}
interface Family {
  name: string;
  type: "counter" | "gauge" | "histogram" | "summary" | "untyped";
  help: string | null;
  samples: Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
// Prometheus reads values with Go's ParseFloat: NaN and Inf in any case ("Nan" is what prom-client
// writes for a NaN gauge).
const FLOAT = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?inf(?:inity)?|nan)$/i;
const TYPES = new Set(["counter", "gauge", "histogram", "summary", "untyped"]);

function parseFloatStrict(text: string, line: number): number {
  if (!FLOAT.test(text)) throw new Error(`line ${line}: "${text}" is not a sample value`);
  if (/^\+?inf/i.test(text)) return Infinity;
  if (/^-inf/i.test(text)) return -Infinity;
  return /^nan$/i.test(text) ? NaN : Number(text);
}

function unescape(text: string, allowQuote: boolean, line: number): string {
  return text.replace(/\\(.)/g, (_, char: string) => {
    if (char === "\\") return "\\";
    if (char === "n") return "\n";
    if (char === '"' && allowQuote) return '"';
    throw new Error(`line ${line}: bad escape \\${char}`);
  });
}

/** `{a="x",b="y"}` starting at `text[0]`: the labels and the rest of the line after `}`. */
function parseLabels(text: string, line: number): { labels: Record<string, string>; rest: string } {
  const labels: Record<string, string> = {};
  let i = 1;
  while (text[i] !== "}") {
    const eq = text.indexOf("=", i);
    if (eq < 0) throw new Error(`line ${line}: label without "="`);
    const name = text.slice(i, eq);
    if (!LABEL_NAME.test(name)) throw new Error(`line ${line}: bad label name "${name}"`);
    if (name in labels) throw new Error(`line ${line}: label "${name}" twice`);
    if (text[eq + 1] !== '"') throw new Error(`line ${line}: label value must be quoted`);
    let j = eq + 2;
    let raw = "";
    for (; j < text.length && text[j] !== '"'; j += 1) {
      if (text[j] === "\\") {
        raw += text.slice(j, j + 2);
        j += 1;
      } else raw += text[j];
    }
    if (j >= text.length) throw new Error(`line ${line}: unterminated label value`);
    labels[name] = unescape(raw, true, line);
    i = j + 1;
    if (text[i] === ",") i += 1;
    else if (text[i] !== "}") throw new Error(`line ${line}: expected "," or "}" after a label`);
  }
  return { labels, rest: text.slice(i + 1) };
}

/** The family a sample belongs to: its own name, or a histogram's/summary's for the suffixed series. */
function familyFor(name: string, families: Map<string, Family>): Family | undefined {
  const exact = families.get(name);
  if (exact) return exact;
  const match = /^(.*)_(bucket|sum|count)$/.exec(name);
  const base = match ? families.get(match[1]!) : undefined;
  if (!base) return undefined;
  if (base.type === "histogram" || (base.type === "summary" && match![2] !== "bucket")) return base;
  return undefined;
}

function parsePrometheusText(text: string): Map<string, Family> {
  if (text.length > 0 && !text.endsWith("\n")) throw new Error("the exposition must end with a line feed");
  const families = new Map<string, Family>();
  const series = new Set<string>();
  const finished = new Set<string>();
  let current: string | null = null;
  const lines = text.split("\n").slice(0, -1);
  lines.forEach((content, index) => {
    const line = index + 1;
    if (content.trim() === "") return;
    if (content.startsWith("#")) {
      const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(content);
      if (!meta) return; // a plain comment
      const [, keyword, name, rest] = meta as unknown as [string, "HELP" | "TYPE", string, string];
      if (!METRIC_NAME.test(name)) throw new Error(`line ${line}: bad metric name "${name}"`);
      const family = families.get(name);
      if (family && (family.samples.length > 0 || finished.has(name)))
        throw new Error(`line ${line}: # ${keyword} ${name} after its samples`);
      if (keyword === "TYPE") {
        if (!TYPES.has(rest)) throw new Error(`line ${line}: unknown type "${rest}"`);
        if (family && family.type !== "untyped") throw new Error(`line ${line}: # TYPE ${name} twice`);
        families.set(name, {
          name,
          type: rest as Family["type"],
          help: family?.help ?? null,
          samples: [],
        });
      } else {
        if (family?.help != null) throw new Error(`line ${line}: # HELP ${name} twice`);
        families.set(name, {
          name,
          type: family?.type ?? "untyped",
          help: unescape(rest, false, line),
          samples: [],
        });
      }
      if (current && current !== name) finished.add(current);
      current = name;
      return;
    }
    const nameMatch = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(content);
    if (!nameMatch) throw new Error(`line ${line}: not a sample: ${content}`);
    const name = nameMatch[0];
    let rest = content.slice(name.length);
    let labels: Record<string, string> = {};
    if (rest.startsWith("{")) ({ labels, rest } = parseLabels(rest, line));
    const fields = rest.split(" ");
    if (fields[0] !== "" || fields.length < 2 || fields.length > 3)
      throw new Error(`line ${line}: expected " value [timestamp]" after the series`);
    const value = parseFloatStrict(fields[1]!, line);
    if (fields[2] !== undefined && !/^-?\d+$/.test(fields[2]))
      throw new Error(`line ${line}: bad timestamp "${fields[2]}"`);
    const family = familyFor(name, families);
    if (!family || family.type === "untyped")
      throw new Error(`line ${line}: ${name} has no # TYPE before it`);
    if (finished.has(family.name)) throw new Error(`line ${line}: ${family.name}'s lines are not one group`);
    if (current && current !== family.name) finished.add(current);
    current = family.name;
    const key = `${name}{${Object.entries(labels)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(",")}}`;
    if (series.has(key)) throw new Error(`line ${line}: series ${key} twice`);
    series.add(key);
    family.samples.push({ name, labels, value });
  });
  for (const family of families.values()) if (family.type === "histogram") checkHistogram(family);
  return families;
}

function checkHistogram(family: Family) {
  const groups = new Map<string, { buckets: [number, number][]; count?: number }>();
  for (const sample of family.samples) {
    const { le, ...rest } = sample.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    const group = groups.get(key) ?? { buckets: [] };
    groups.set(key, group);
    if (sample.name === `${family.name}_bucket`) {
      if (le === undefined) throw new Error(`${family.name}: a bucket without "le"`);
      group.buckets.push([parseFloatStrict(le, 0), sample.value]);
    } else if (sample.name === `${family.name}_count`) group.count = sample.value;
  }
  for (const group of groups.values()) {
    const sorted = [...group.buckets].sort(([a], [b]) => a - b);
    sorted.forEach(([, count], i) => {
      if (i > 0 && count < sorted[i - 1]![1]) throw new Error(`${family.name}: buckets are not cumulative`);
    });
    const inf = sorted.at(-1);
    if (!inf || inf[0] !== Infinity) throw new Error(`${family.name}: no +Inf bucket`);
    if (group.count !== inf[1]) throw new Error(`${family.name}: +Inf bucket differs from _count`);
  }
}

// ───────────────────────────────────────────── helpers ─────────────────────────────────────────────

async function insertKey(scope: ApiScope) {
  const db = e2eDb();
  const admin = await db.user.findUniqueOrThrow({ where: { email: demoAdmin.email }, select: { id: true } });
  const { key, prefix, hash } = generateApiKey();
  await db.apiKey.create({
    data: { name: `e2e metrics ${prefix}`, prefix, hash, scopes: [toDbScope(scope)], createdById: admin.id },
  });
  return key;
}

async function scrape(request: APIRequestContext, key: string) {
  const response = await request.get("/metrics", { headers: { ...REMOTE, Authorization: `Bearer ${key}` } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await response.text());
}

/** herald_deliveries summed over transports: status → count (zeros left out, as the history has none). */
function deliveriesByStatus(families: Map<string, Family>): Record<string, number> {
  const family = families.get("herald_deliveries");
  expect(family?.type).toBe("gauge");
  const counts: Record<string, number> = {};
  for (const sample of family!.samples) {
    const status = sample.labels.status!;
    counts[status] = (counts[status] ?? 0) + sample.value;
  }
  return Object.fromEntries(
    Object.entries(counts)
      .filter(([, count]) => count > 0)
      .sort(),
  );
}

/** The send history (every delivery, as /history lists them), counted per status. */
async function historyByStatus(): Promise<Record<string, number>> {
  const rows = await e2eDb().delivery.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all] as const).sort());
}

test.describe("[metrics]", () => {
  test("[metrics] the strict parser reads a well-formed exposition and refuses malformed ones", () => {
    const good = [
      "# HELP a_total Things.\\nCounted.",
      "# TYPE a_total counter",
      'a_total{x="1",y="q\\"uote"} 3',
      "a_total 1e3 1700000000000",
      "# TYPE h histogram",
      'h_bucket{le="0.5"} 1',
      'h_bucket{le="+Inf"} 2',
      "h_sum 0.7",
      "h_count 2",
      "",
    ].join("\n");
    const parsed = parsePrometheusText(good);
    expect(parsed.get("a_total")).toMatchObject({ type: "counter", help: "Things.\nCounted." });
    expect(parsed.get("a_total")!.samples[0]).toEqual({
      name: "a_total",
      labels: { x: "1", y: 'q"uote' },
      value: 3,
    });
    expect(parsed.get("h")!.samples).toHaveLength(4);

    const bad = [
      "a 1\n", // no # TYPE
      "# TYPE a gauge\na 1", // no final line feed
      "# TYPE a gauge\na one\n", // not a number
      "# TYPE a gauge\na{x=1} 1\n", // unquoted label value
      '# TYPE a gauge\na{x="1",x="2"} 1\n', // label twice
      '# TYPE a gauge\na{x="1"} 1\na{x="1"} 2\n', // series twice
      "# TYPE a gauge\n# TYPE a counter\na 1\n", // TYPE twice
      "# TYPE a gauge\n# TYPE b gauge\na 1\nb 1\na 2\n", // a's lines split
      "# TYPE a spline\na 1\n", // unknown type
      '# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="+Inf"} 1\nh_count 1\n', // not cumulative
      '# TYPE h histogram\nh_bucket{le="1"} 1\nh_count 1\n', // no +Inf
      "# TYPE a gauge\na  1\n", // two spaces
    ];
    for (const text of bad) expect(() => parsePrometheusText(text), JSON.stringify(text)).toThrow();
  });

  test("[metrics] /metrics parses as Prometheus text and its delivery counts match the history per status after a dispatch", async ({
    adminPage: page,
    createUser,
    request,
  }) => {
    const metricsKey = await insertKey("metrics:read");
    // Another address without a key is refused; with the metrics:read key it is served.
    const refused = await request.get("/metrics", { headers: REMOTE });
    expect(refused.status()).toBe(403);
    const sentBefore = deliveriesByStatus(await scrape(request, metricsKey)).SENT ?? 0;

    // Dispatch through the API to two fresh people, and wait until both deliveries are sent.
    const people = [await createUser(), await createUser()];
    const sample = samplePayloads[TYPE];
    const requestId = `REQ-METRICS-${randomUUID().slice(0, 8)}`;
    const posted = await request.post("/api/v1/events", {
      headers: {
        Authorization: `Bearer ${await insertKey("events:write")}`,
        "Idempotency-Key": randomUUID(),
      },
      data: {
        type: TYPE,
        payload: { ...sample, request: { ...sample.request, id: requestId } },
        recipients: people.map((person) => ({ email: person.email })),
        source: "e2e",
      },
    });
    expect(posted.status(), await posted.text()).toBe(202);
    const { eventId } = ((await posted.json()) as { data: { eventId: string } }).data;
    const emails = people.map((person) => person.email);
    await expect
      .poll(
        async () =>
          (
            await e2eDb().delivery.findMany({
              where: { eventId, email: { in: emails } },
              select: { status: true },
            })
          ).map((row) => row.status),
        { timeout: 30_000 },
      )
      .toEqual(["SENT", "SENT"]);
    // The history page shows them sent (the type's subscribers got the event too: filter by person).
    for (const email of emails) {
      await page.goto(`/history?event=${eventId}&recipient=${encodeURIComponent(email)}`);
      const row = page.getByTestId("history-row");
      await expect(row).toHaveCount(1);
      await expect(row).toHaveAttribute("data-status", "SENT");
    }

    // The gauge against the history, status by status. Other tests may be sending meanwhile, so the
    // comparison counts only when the history did not move while /metrics was scraped; it is retried
    // until such a quiet moment.
    await expect(async () => {
      const before = await historyByStatus();
      const families = await scrape(request, metricsKey);
      const after = await historyByStatus();
      expect(after, "the history moved during the scrape").toEqual(before);
      expect(deliveriesByStatus(families)).toEqual(after);
      expect(deliveriesByStatus(families).SENT).toBeGreaterThanOrEqual(sentBefore + 2);
    }).toPass({ timeout: 30_000 });

    // The API call above is counted by route pattern and status.
    const families = await scrape(request, metricsKey);
    const posts = families
      .get("herald_http_requests_total")
      ?.samples.find(
        (s) => s.labels.route === "/api/v1/events" && s.labels.method === "POST" && s.labels.status === "202",
      );
    expect(posts?.value).toBeGreaterThanOrEqual(1);
  });
});
