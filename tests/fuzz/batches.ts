// The fuzz run's loop: the requests in batches (every route its share of each batch, generated from the
// seed, so a seed replays), sent `concurrency` at a time, with the database fingerprinted around each
// batch. A batch whose requests were all refused must leave every table as it found it. A batch in which
// some requests were accepted (a valid control, or a hostile-looking body that was in fact valid) may
// change the database: if it did not, its refusals persisted nothing either; if it did, its refused
// requests are sent again in a batch of their own, and that one is compared (repeated while a replay
// still has accepted requests).
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import type { Database } from "@/lib/db/client";
import { differences, fingerprint } from "./fingerprint";
import type { FuzzProbe, FuzzRoute } from "./routes";
import { send, type Answer, type Credentials } from "./send";

export interface RunOptions {
  db: Database;
  routes: FuzzRoute[];
  seed: number;
  requests: number;
  concurrency: number;
  batchSize: number;
  credentials: Credentials;
  progressFile?: string;
}

interface RouteFigures {
  requests: number;
  statuses: Record<string, number>;
}

/** Runs `task` over `items`, at most `limit` at a time, answers in the items' order. */
async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}

const describe = (probe: FuzzProbe) => {
  const body =
    probe.body === undefined
      ? ""
      : ` body(${probe.contentType ?? "none"}, ${probe.body.length} ${typeof probe.body === "string" ? "chars" : "bytes"})=` +
        JSON.stringify(
          typeof probe.body === "string"
            ? probe.body.slice(0, 160)
            : Buffer.from(probe.body.slice(0, 60)).toString("hex"),
        );
  return `${probe.method} ${probe.path.slice(0, 200)} as ${probe.principal}${body}`;
};

const refused = (answer: Answer) => answer.status >= 400 && answer.status < 500;

/** A deterministic order for a batch: routes interleaved, then shuffled by the batch's seed. */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export async function runBatches(options: RunOptions) {
  const { db, routes, seed, requests, concurrency, batchSize, credentials } = options;
  const totalWeight = routes.reduce((sum, route) => sum + route.weight, 0);
  // Each route's share of the whole run, at least one request per batch-worth of routes.
  const quotas = routes.map((route) => Math.max(1, Math.ceil((requests * route.weight) / totalWeight)));
  const batches = Math.max(1, Math.ceil(quotas.reduce((a, b) => a + b, 0) / batchSize));
  const byRoute: Record<string, RouteFigures> = Object.fromEntries(
    routes.map(({ route }) => [route, { requests: 0, statuses: {} }]),
  );
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let accepted = 0;
  let rejected = 0;
  let replayed = 0;
  let checkedBatches = 0;
  const started = Date.now();

  const record = (answer: Answer) => {
    const figures = byRoute[answer.probe.route]!;
    figures.requests += 1;
    figures.statuses[answer.status] = (figures.statuses[answer.status] ?? 0) + 1;
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    if (refused(answer)) rejected += 1;
    else accepted += 1;
    if (answer.problem) {
      failures.push(`${describe(answer.probe)} → ${answer.problem}`);
      // The first few at once, for whoever watches a long run.
      if (failures.length <= 10) console.error(`  ✗ ${failures.at(-1)!.slice(0, 400)}`);
    }
  };

  /** Sends each probe alone between two fingerprints: which of a batch's refusals changed what. */
  const culprits = async (probes: FuzzProbe[]) => {
    for (const probe of probes) {
      const before = await fingerprint(db);
      const answer = await send(probe, credentials);
      const moved = differences(before, await fingerprint(db));
      if (refused(answer) && moved.length)
        failures.push(`${describe(probe)} → ${answer.status}, yet persisted: ${moved.join("; ")}`);
    }
  };

  /** Refused requests sent again on their own until a round of them is all refused; then compared. */
  const verifyRefusals = async (probes: FuzzProbe[], batch: number): Promise<void> => {
    for (let round = 0; probes.length && round < 3; round++) {
      const before = await fingerprint(db);
      const answers = await pool(probes, concurrency, (probe) => send(probe, credentials));
      replayed += answers.length;
      const moved = differences(before, await fingerprint(db));
      if (moved.length === 0) {
        checkedBatches += 1;
        return;
      }
      if (answers.every(refused)) {
        checkedBatches += 1;
        failures.push(`batch ${batch}: ${answers.length} refused requests changed ${moved.join("; ")}`);
        await culprits(probes);
        return;
      }
      probes = answers.filter(refused).map((answer) => answer.probe);
    }
  };

  const histogram = (map: Iterable<[number | string, number]>) =>
    [...map]
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([status, n]) => `${status || "no answer"}×${n}`)
      .join(" ");
  /** The figures so far (also written to `progressFile` every 10 batches, should a run be cut short). */
  const summary = (batchesDone: number) => ({
    totals: {
      generated: accepted + rejected,
      accepted,
      rejected,
      replayed,
      checkedBatches,
      batches: `${batchesDone}/${batches}`,
      seconds: Math.round((Date.now() - started) / 1000),
      statuses: histogram(statuses),
    },
    byRoute,
    table: [
      "| Route | Requests | Statuses |",
      "| --- | ---: | --- |",
      ...Object.entries(byRoute).map(
        ([route, figures]) =>
          `| \`${route}\` | ${figures.requests} | ${histogram(Object.entries(figures.statuses))} |`,
      ),
    ].join("\n"),
    failures,
  });

  for (let batch = 0; batch < batches; batch++) {
    const probes: FuzzProbe[] = [];
    routes.forEach((route, r) => {
      const count =
        Math.floor(((batch + 1) * quotas[r]!) / batches) - Math.floor((batch * quotas[r]!) / batches);
      if (count > 0)
        probes.push(
          ...fc.sample(route.probes, { numRuns: count, seed: (seed + batch * 1_009 + r * 7_919) | 0 }),
        );
    });
    shuffle(probes, seed + batch);
    const before = await fingerprint(db);
    const answers = await pool(probes, concurrency, (probe) => send(probe, credentials));
    const after = await fingerprint(db);
    answers.forEach(record);
    const moved = differences(before, after);
    if (answers.every(refused)) {
      checkedBatches += 1;
      if (moved.length) {
        failures.push(`batch ${batch}: ${answers.length} refused requests changed ${moved.join("; ")}`);
        await culprits(probes);
      }
    } else if (moved.length === 0) {
      // Nothing changed at all (the accepted requests only read): the refusals persisted nothing either.
      checkedBatches += 1;
    } else {
      await verifyRefusals(
        answers.filter(refused).map((answer) => answer.probe),
        batch,
      );
    }
    if ((batch + 1) % 10 === 0 || batch === batches - 1) {
      const done = accepted + rejected;
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `  batch ${batch + 1}/${batches}: ${done} requests, ${(done / seconds).toFixed(0)}/s, ` +
          `${failures.length} failures`,
      );
      if (options.progressFile)
        writeFileSync(options.progressFile, JSON.stringify(summary(batch + 1), null, 2));
    }
  }

  return summary(batches);
}
