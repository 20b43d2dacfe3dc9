// npm run build: `next build`, then a stamp of the sources so `npm start` knows the build is current.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { writeBuildStamp } from "./lib/build-stamp";

const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
const result = spawnSync(process.execPath, [next, "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeBuildStamp();
