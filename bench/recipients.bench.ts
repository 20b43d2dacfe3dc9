// How fast is "who gets this type?" for a bank-sized directory: 10,000 users in 50 groups.
//   npx tsx bench/recipients.bench.ts
// Creates a fresh database on an embedded PostgreSQL (.data/bench, port 54359), fills it with
// set-based INSERT … SELECT generate_series, then times resolveRecipients (one set-based query)
// against a naive per-user loop, and drops the database.
import type { Database } from "@/lib/db/client";
import { resolveRecipients } from "@/lib/subscriptions/resolve-recipients";
import { loadAverage, machineLine, runBench, withBenchDatabase } from "./lib/bench-database";
import { percentile, time } from "./lib/stats";
import { fillDirectory, USERS, GROUPS } from "./lib/directory";
import { naiveRecipients } from "./lib/naive";

// The widest type of the directory (reaches 60% of users: a third of the teams follow it, plus its
// category's followers and 1,000 personal subscriptions), and a typical one.
const TYPE = "certificates.revocation";
const TYPICAL_TYPE = "devices.connectivity-lost";
const RUNS = 50;
const WARM_UP = 5;
const NAIVE_SAMPLE = 1_000;

async function measure(db: Database, typeKey: string) {
  for (let i = 0; i < WARM_UP; i++) await resolveRecipients(db, { typeKey });
  const samples: number[] = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    const [ms, recipients] = await time(() => resolveRecipients(db, { typeKey }));
    samples.push(ms);
    count = recipients.length;
  }
  samples.sort((a, b) => a - b);
  return { count, median: percentile(samples, 50), p95: percentile(samples, 95), min: samples[0] ?? NaN };
}

async function main() {
  console.log(machineLine());
  await withBenchDatabase({ dataDir: ".data/bench", port: 54359, max: 4 }, async (db) => {
    const [fillMs, counts] = await time(() => fillDirectory(db, TYPE));
    console.log(
      `Directory: ${USERS.toLocaleString("en")} users, ${GROUPS} groups, ${counts.memberships.toLocaleString("en")} memberships, ` +
        `${counts.subscriptions.toLocaleString("en")} subscriptions, ${counts.preferences.toLocaleString("en")} preferences, ` +
        `${counts.contacts} contacts, ${counts.suppressions} suppressions (filled in ${(fillMs / 1000).toFixed(1)} s)`,
    );

    let resolver = { count: 0, median: NaN, p95: NaN, min: NaN };
    for (const typeKey of [TYPICAL_TYPE, TYPE]) {
      resolver = await measure(db, typeKey);
      console.log(
        `resolveRecipients("${typeKey}"): ${resolver.count.toLocaleString("en")} recipients; ` +
          `median ${resolver.median.toFixed(1)} ms, p95 ${resolver.p95.toFixed(1)} ms, min ${resolver.min.toFixed(1)} ms (${RUNS} runs after ${WARM_UP} warm-up)`,
      );
    }

    // The naive loop takes seconds for the whole directory: time a sample and extrapolate linearly.
    const [naiveMs, naive] = await time(() => naiveRecipients(db, TYPE, NAIVE_SAMPLE));
    const extrapolated = (naiveMs / naive.examined) * naive.total;
    console.log(
      `Naive per-user loop (4 queries per user): ${naive.examined.toLocaleString("en")} of ${naive.total.toLocaleString("en")} users in ${naiveMs.toFixed(0)} ms, ` +
        `extrapolated to ${(extrapolated / 1000).toFixed(2)} s for all (sample: ${naive.recipients} recipients)`,
    );
    console.log(
      `Ratio for "${TYPE}": the set-based resolver is ${(extrapolated / resolver.median).toFixed(0)}× faster (its median vs the extrapolated naive loop).`,
    );
    console.log(`Load average during the run: ${loadAverage()} (1, 5, 15 min)`);
  });
}

runBench(main);
