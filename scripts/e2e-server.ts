// The Playwright web server: Herald on a brand-new embedded database under .data/e2e, seeded with
// the demo data. A server left behind by an interrupted run is stopped before its data is removed.
import { rmSync } from "node:fs";
import path from "node:path";
import { stopStaleServer } from "../lib/db/embedded";

const dataDir = process.env.HERALD_DATA_DIR ?? ".data/e2e";
await stopStaleServer(path.resolve(dataDir, "postgres"), console.log);
rmSync(dataDir, { recursive: true, force: true });
await import("./herald");
