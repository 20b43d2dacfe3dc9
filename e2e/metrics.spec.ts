import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import type { ApiScope } from "@/lib/api-keys/scopes";
import { toDbScope } from "@/lib/api-keys/scopes";
import { generateApiKey } from "@/lib/api-keys/secret";
import { samplePayloads } from "@/lib/templates/payloads";
import { demoAdmin } from "@/prisma/seed/demo-data";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";
import { type Family, parsePrometheusText } from "./prometheus-text";

// /metrics as Prometheus reads it: the exposition must parse under the text format's rules, and the
// delivery gauge must agree, status by status, with the send history after a real dispatch.

const TYPE = "access-control.request-approved" as const;
/** A client that is not on this machine (the e2e server trusts X-Forwarded-For): it needs a key. */
const REMOTE = { "X-Forwarded-For": "203.0.113.77" };

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
