// npm run bench: runs every bench/*.bench.ts in turn. Each prints its own measurements and ratios
// against a baseline measured in the same run; docs/benchmarks.md records results and the machine.
// `npm run bench -- history events-api` runs only the benches whose file name contains one of the words;
// events-api starts the production server from the existing build (`npm run build` first).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const only = process.argv.slice(2);
const benches = readdirSync("bench")
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n▶ bench/${file}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", `bench/${file}`], { stdio: "inherit" });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
