// npm run test:faults — Herald under the faults a bank's operations team will meet, each scenario ending
// in the same check against the providers' own records: nothing lost, nothing sent twice.
//   npm run test:faults                   every scenario (about 10 minutes)
//   npm run test:faults -- kills outage   only the scenarios whose name contains one of the words
// Scenarios (tests/faults/scenarios/*.ts):
//   kills     worker processes SIGKILLed at random moments during a large fan-out (≥ 20 kills)
//   restart   PostgreSQL stopped and started mid-dispatch; the web server and the worker reconnect by
//             themselves, pages and the API answer again, clients retrying with their Idempotency-Key
//             create no event twice
//   provider  the provider answering 5xx, 429 with Retry-After and timing out, then refusing connections
//             for minutes: failover to the SMTP relay takes over and hands back
//   disk      the data directory's disk (a small tmpfs) nearly full during dispatch, then freed
// Each runs on a PostgreSQL of its own under .data/faults-<name>; process logs stay there.
// `restart` and `disk` start the web server from the existing build (`npm run build` first).
import { register } from "node:module";
import { rmSync } from "node:fs";

register("../../bench/lib/server-only.mjs", import.meta.url);
process.env.DATABASE_URL ??= "postgresql://faults-use-their-own-database/none";
process.env.AUTH_SECRET ??= "faults-secret-faults-secret-faults-secret-0";

const { machineLine, loadAverage } = await import("../../bench/lib/bench-database");
const scenarios = [
  await import("./scenarios/kills"),
  await import("./scenarios/restart"),
  await import("./scenarios/provider"),
  await import("./scenarios/disk"),
];

const only = process.argv.slice(2);
const chosen = scenarios.filter(({ name }) => only.length === 0 || only.some((word) => name.includes(word)));

console.log(`${machineLine()}; load ${loadAverage()}`);
let failed = 0;
for (const scenario of chosen) {
  const dir = `.data/faults-${scenario.name}`;
  rmSync(dir, { recursive: true, force: true });
  const started = Date.now();
  console.log(`\n▶ ${scenario.name}: ${scenario.description}`);
  try {
    const lines = await scenario.run(dir);
    for (const line of lines) console.log(`  ${line}`);
    console.log(
      `✓ ${scenario.name} — nothing lost, nothing sent twice (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  } catch (error) {
    failed += 1;
    console.error(`✗ ${scenario.name} failed after ${((Date.now() - started) / 1000).toFixed(0)} s:`, error);
  }
}
console.log(`\n${chosen.length - failed} of ${chosen.length} fault scenarios passed; load ${loadAverage()}`);
process.exit(failed ? 1 : 0);
