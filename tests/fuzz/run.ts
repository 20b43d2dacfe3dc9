// npm run test:fuzz — hostile input at scale against the production build: at least 100,000 generated
// requests over every /api/v1 operation, the /api/internal routes, the Resend webhook, next-auth, the
// probes and the one-click unsubscribe (tests/fuzz/routes.ts). Checks: no 5xx and no dropped connection;
// every 4xx under /api is the typed error shape of lib/errors.ts; and nothing persisted for a refused
// request: every table's row count and checksum (tests/fuzz/fingerprint.ts) is the same before and after
// each batch of refused requests.
//   flock /tmp/herald-e2e.lock npm run build        first, if the build is not current
//   flock /tmp/herald-e2e.lock npm run test:fuzz    the full run (about 15–25 minutes here)
//   npm run test:fuzz -- --requests 2000 --seed 42 --concurrency 4 --route webhook
// The seed is printed first: the same seed and request count replay the same requests in the same
// batches. Herald runs on a PostgreSQL of its own under .data/fuzz (its log in .data/fuzz/server.log),
// with no worker and no scheduler, so that only the requests change the database. FUZZ_APP_DIR serves
// another directory's build (a snapshot, when others rebuild this one during a 25-minute run). Its ports
// (web 3186, PostgreSQL 54386) are its own: no bench, fault scenario or e2e server uses them.
import { register } from "node:module";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

register("../../bench/lib/server-only.mjs", import.meta.url);
process.env.DATABASE_URL ??= "postgresql://fuzz-uses-its-own-database/none";
process.env.AUTH_SECRET ??= "fuzz-secret-fuzz-secret-fuzz-secret-fuzz-00";

const { values } = parseArgs({
  options: {
    seed: { type: "string" },
    requests: { type: "string", default: "100000" },
    concurrency: { type: "string", default: "5" },
    batch: { type: "string", default: "100" },
    route: { type: "string", multiple: true },
  },
});
const SEED = Number(values.seed ?? process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const BATCH = Number(values.batch);

const { machineLine, loadAverage } = await import("../../bench/lib/bench-database");
const { startCluster, processOptions } = await import("../faults/harness");
const { startWebServer } = await import("../../bench/lib/herald-server");
const { TEST_RESEND_WEBHOOK_SECRET } = await import("../fakes/resend-webhook");
const { seedWorld } = await import("./world");
const { fuzzRoutes } = await import("./routes");
const { runBatches } = await import("./batches");

const dir = ".data/fuzz";
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const started = Date.now();
const loadBefore = loadAverage();
console.log(`FUZZ_SEED=${SEED} requests=${REQUESTS} concurrency=${CONCURRENCY} batch=${BATCH}`);
console.log(`${machineLine()}; load ${loadBefore}`);

const cluster = await startCluster(`${dir}/postgres`, 54386);
Object.assign(process.env, {
  RESEND_WEBHOOK_SECRET: TEST_RESEND_WEBHOOK_SECRET,
  MAIL_TRANSPORT: "mailbox",
  LOG_LEVEL: "warn",
});
const options = {
  ...processOptions(dir, cluster.postgres.url, 3186),
  ...(process.env.FUZZ_APP_DIR ? { appDir: process.env.FUZZ_APP_DIR } : {}),
};
console.log(`serving the build in ${options.appDir ?? process.cwd()}`);
let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
let exitCode = 1;
try {
  const { world, keys, revokedKey, admin } = await seedWorld(cluster.db);
  server = await startWebServer(options);
  const base = `http://127.0.0.1:${options.port}`;
  const { signIn } = await import("../sign-in");
  const sessionCookie = await signIn(base, admin.email, admin.password);
  const routes = fuzzRoutes(world).filter(
    ({ route }) => !values.route?.length || values.route.some((word) => route.includes(word)),
  );
  const report = await runBatches({
    db: cluster.db,
    routes,
    seed: SEED,
    requests: REQUESTS,
    concurrency: CONCURRENCY,
    batchSize: BATCH,
    progressFile: `${dir}/progress.json`,
    credentials: { base, keys, revokedKey, sessionCookie, webhookSecret: TEST_RESEND_WEBHOOK_SECRET },
  });
  const seconds = (Date.now() - started) / 1000;
  const summary = {
    date: new Date().toISOString(),
    seed: SEED,
    ...report.totals,
    durationSeconds: Math.round(seconds),
    concurrency: CONCURRENCY,
    build: options.appDir ?? process.cwd(),
    machine: machineLine(),
    loadBefore,
    loadAfter: loadAverage(),
    byRoute: report.byRoute,
  };
  writeFileSync(`${dir}/summary.json`, JSON.stringify(summary, null, 2));
  console.log(report.table);
  console.log(
    `\n${report.totals.generated} generated requests (${report.totals.rejected} refused, ${report.totals.accepted} accepted) ` +
      `+ ${report.totals.replayed} replayed refusals in ${seconds.toFixed(0)} s; statuses ${report.totals.statuses}; ` +
      `load ${loadBefore} → ${loadAverage()}. Summary in ${dir}/summary.json`,
  );
  for (const line of report.failures.slice(0, 50)) console.error(`✗ ${line}`);
  if (report.failures.length > 50) console.error(`… and ${report.failures.length - 50} more`);
  if (report.failures.length) {
    console.error(`\n${report.failures.length} failures; replay with --seed ${SEED} --requests ${REQUESTS}`);
  } else {
    console.log(
      `✓ no 5xx, every /api refusal typed, nothing persisted by ${report.totals.rejected} refusals`,
    );
    exitCode = 0;
  }
} catch (error) {
  console.error(error);
} finally {
  await server?.stop();
  await cluster.close();
}
process.exit(exitCode);
