// The Playwright web server: Herald on a brand-new embedded database under .data/e2e, seeded with
// the demo data. A server left behind by an interrupted run is stopped before its data is removed.
// Everything Herald prints (the launcher, the web server, the worker) also goes to .data/e2e/server.log,
// which the last e2e spec (e2e/secret-leaks.spec.ts) searches for secrets.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { stopStaleServer } from "../lib/db/embedded";

const dataDir = process.env.HERALD_DATA_DIR ?? ".data/e2e";
await stopStaleServer(path.resolve(dataDir, "postgres"), console.log);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

// The launcher in a child process, so that its children's output (written straight to the inherited
// descriptors) passes through here and can be copied. Signals are passed on: the launcher owns the
// shutdown order (web server, worker, then PostgreSQL).
const log = createWriteStream(path.join(dataDir, "server.log"));
const herald = spawn(process.execPath, ["--import", "tsx", "scripts/herald.ts", ...process.argv.slice(2)], {
  stdio: ["ignore", "pipe", "pipe"],
});
herald.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
herald.stderr.on("data", (chunk: Buffer) => {
  process.stderr.write(chunk);
  log.write(chunk);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => herald.kill(signal));
herald.on("exit", (code, signal) => log.end(() => process.exit(code ?? (signal ? 1 : 0))));
