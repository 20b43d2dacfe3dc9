// The admin pages at scale: how long does Herald's production server take to answer each page the
// issue names, with 25,000 users, 1,000,000 deliveries and 1,000,000 audit entries behind it?
//   npx tsx bench/pages.bench.ts        (or: npm run bench -- pages; needs a build: npm run build)
// Starts a fresh embedded PostgreSQL (.data/bench-pages, port 54391) with the demo seed (what
// `npm start` seeds), adds the bulk data set-based (bench/lib/pages-data.ts), then Herald's web server
// from the existing `.next` build (scripts/server.ts, port 3191, 127.0.0.1 only, NODE_ENV=production,
// no workers). Signs in as the demo admin through the real sign-in (next-auth's CSRF token, then its
// credentials callback) and keeps the session cookie.
// Each page: 3 warm-up requests, then RUNS sequential requests (one at a time, keep-alive), timing
// TTFB (response headers) and the whole HTML (the last byte: pages with a loading.tsx stream their
// content after the shell, so the whole response is the server time that matters). Every response
// must be a 200 that is not the sign-in page. Baselines in the same run: GET /healthz (no session, no
// database) and GET /sign-in (the cheapest page: layout, translations, no session); ratios are against
// /sign-in. Goals: ≤ 200 ms p95 for the whole response of each page; ≤ 100 ms for history and audit.
// Each page is also fetched as a client-side navigation does (header `RSC: 1`, the flight payload alone).
// BENCH_APP_DIR: run the server from another directory's `.next` (a copy of the build); several,
//   comma-separated, are measured one after the other in the same run (e.g. before and after a change),
//   BENCH_ROUNDS times (default 1), alternating, so that they meet the same machine load.
// BENCH_KEEP_DATA=1: keep the filled database in .data/bench-pages and reuse it on the next run
//   (the fill takes minutes); the default is a fresh one.
// BENCH_PAGES: a regular expression; only the pages whose label matches (the baselines always run).
// The last HTML and RSC answer of each page is kept in .data/bench-pages/answers/ for inspection.
import "./lib/outside-next";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { signIn } from "../tests/sign-in";
import { loadAverage, machineLine, runBench } from "./lib/bench-database";
import { startWebServer, type Started } from "./lib/herald-server";
import { measure, printResults, type Measured, type Target } from "./lib/page-timing";
import { fillPagesData, EVERYONE } from "./lib/pages-data";
import { time } from "./lib/stats";

const { startEmbeddedPostgres } = await import("@/lib/db/embedded");
const { migrate } = await import("@/lib/db/migrate");
const { encodeHistoryCursor } = await import("@/lib/history/cursor");
const { encodeAuditCursor } = await import("@/lib/audit/cursor");
const { seed } = await import("../prisma/seed/index");
const { demoAdmin, demoPasswords } = await import("../prisma/seed/demo-data");

const DATA_DIR = ".data/bench-pages";
const PG_PORT = 54391;
const PORT = 3191;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARM_UP = 3;
const DEPTH = 10_000;
const PAGE_GOAL_MS = 200;
const LIST_GOAL_MS = 100;
const KEEP_DATA = process.env.BENCH_KEEP_DATA === "1";
/** Written once the data is complete: a kept data directory without it is filled again. */
const FILLED = path.join(DATA_DIR, "filled.json");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const ONLY = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : null;
/** The builds to serve (undefined: this directory's `.next`). */
const APP_DIRS: (string | undefined)[] = process.env.BENCH_APP_DIR?.split(",").filter(Boolean) ?? [undefined];

/** The pages to measure, with the ids and deep cursors they need from the data. */
async function targets(client: pg.Client): Promise<Target[]> {
  const one = async <T>(sql: string, params: unknown[] = []) => {
    const { rows } = await client.query<T & pg.QueryResultRow>(sql, params);
    if (!rows[0]) throw new Error(`No row for: ${sql}`);
    return rows[0];
  };
  const deepDelivery = await one<{ createdAt: Date; id: string }>(
    `SELECT "createdAt", id FROM "Delivery" ORDER BY "createdAt" DESC, id DESC OFFSET ${DEPTH - 1} LIMIT 1`,
  );
  const deepAudit = await one<{ createdAt: Date; id: string }>(
    `SELECT "createdAt", id::text FROM "AuditLog" ORDER BY "createdAt" DESC, id DESC OFFSET ${DEPTH - 1} LIMIT 1`,
  );
  // A user with a subscription of their own and the most groups; the largest team; the "Everyone" group.
  const user = await one<{ id: string }>(
    `SELECT s."userId" AS id FROM "Subscription" s WHERE s."userId" IS NOT NULL
     ORDER BY (SELECT count(*) FROM "GroupMember" m WHERE m."userId" = s."userId") DESC, s."userId" LIMIT 1`,
  );
  const team = await one<{ id: string }>(
    `SELECT "groupId" AS id FROM "GroupMember" m JOIN "Group" g ON g.id = m."groupId" WHERE g.name LIKE 'Team %'
     GROUP BY "groupId" ORDER BY count(*) DESC LIMIT 1`,
  );
  const everyone = await one<{ id: string }>(`SELECT id FROM "Group" WHERE name = $1`, [EVERYONE]);
  const historyCursor = encodeHistoryCursor({
    direction: "older",
    ...deepDelivery,
  });
  const auditCursor = encodeAuditCursor({
    direction: "older",
    createdAt: deepAudit.createdAt,
    id: BigInt(deepAudit.id),
  });
  return [
    {
      label: "GET /healthz (baseline, no session)",
      path: "/healthz",
      anonymous: true,
      noRsc: true,
    },
    {
      label: "GET /sign-in (baseline page)",
      path: "/sign-in",
      anonymous: true,
    },
    { label: "/dashboard", path: "/dashboard", goal: PAGE_GOAL_MS },
    { label: "/catalog", path: "/catalog", goal: PAGE_GOAL_MS },
    { label: "/history (first page)", path: "/history", goal: LIST_GOAL_MS },
    {
      label: `/history (${DEPTH.toLocaleString("en")} rows deep)`,
      path: `/history?cursor=${encodeURIComponent(historyCursor)}`,
      goal: LIST_GOAL_MS,
    },
    { label: "/audit (first page)", path: "/audit", goal: LIST_GOAL_MS },
    {
      label: `/audit (${DEPTH.toLocaleString("en")} entries deep)`,
      path: `/audit?cursor=${encodeURIComponent(auditCursor)}`,
      goal: LIST_GOAL_MS,
    },
    {
      label: "/users (first page of 25,000)",
      path: "/users",
      goal: PAGE_GOAL_MS,
    },
    {
      label: "/users?q=silva (search)",
      path: "/users?q=silva",
      goal: PAGE_GOAL_MS,
    },
    {
      label: "/users/[id]/subscriptions",
      path: `/users/${user.id}/subscriptions`,
      goal: PAGE_GOAL_MS,
    },
    {
      label: "/groups/[id]/subscriptions (a team)",
      path: `/groups/${team.id}/subscriptions`,
      goal: PAGE_GOAL_MS,
    },
    {
      label: "/groups/[id]/subscriptions (25,000 members)",
      path: `/groups/${everyone.id}/subscriptions`,
      goal: PAGE_GOAL_MS,
    },
  ];
}

/** Fills a fresh database, or (BENCH_KEEP_DATA=1) reuses the one a previous run completed. */
async function prepareData(url: string, client: pg.Client) {
  if (KEEP_DATA && existsSync(FILLED)) {
    // Migrations added since the data was filled (e.g. a new table the session check reads).
    await migrate(url);
    await client.connect();
    const counts = JSON.parse(readFileSync(FILLED, "utf8")) as Record<string, number>;
    return { fillMs: null, counts };
  }
  await migrate(url);
  await seed(url);
  await client.connect();
  const [fillMs, counts] = await time(() => fillPagesData(client));
  if (KEEP_DATA) writeFileSync(FILLED, JSON.stringify(counts));
  return { fillMs, counts };
}

async function main() {
  console.log(`${machineLine()}; load ${loadAverage()}`);
  if (!KEEP_DATA || !existsSync(FILLED)) rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });
  const postgres = await startEmbeddedPostgres({
    dataDir: DATA_DIR,
    port: PG_PORT,
    database: "herald",
  });
  let server: Started | null = null;
  const stopAll = async () => {
    await server?.stop();
    server = null;
    await postgres.stop();
  };
  const onSignal = () => void stopAll().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const client = new pg.Client({ connectionString: postgres.url });
  try {
    const { fillMs, counts } = await prepareData(postgres.url, client);
    console.log(
      `Data ${fillMs === null ? "kept from an earlier run" : `in ${(fillMs / 1000).toFixed(0)} s (set-based, after the demo seed)`}: ` +
        Object.entries(counts)
          .map(([name, n]) => `${n.toLocaleString("en")} ${name}`)
          .join(", "),
    );
    const pages = (await targets(client)).filter((page) => page.anonymous || !ONLY || ONLY.test(page.label));

    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const appDir of APP_DIRS) {
        const build = `${appDir ?? process.cwd()} (round ${round} of ${ROUNDS})`;
        server = await startWebServer({
          databaseUrl: postgres.url,
          port: PORT,
          authSecret: randomBytes(32).toString("base64url"),
          logDir: path.resolve(DATA_DIR),
          appDir,
        });
        const url = `http://127.0.0.1:${PORT}`;
        const cookie = await signIn(url, demoAdmin.email, demoPasswords.admin);
        console.log(
          `\n${build}: signed in as ${demoAdmin.email}; ${WARM_UP} warm-ups then ${RUNS} sequential requests per page.`,
        );
        const answers = path.join(DATA_DIR, "answers", `build-${APP_DIRS.indexOf(appDir) + 1}`);
        mkdirSync(answers, { recursive: true });
        const results: Measured[] = [];
        for (const page of pages) {
          const keepAs = path.join(answers, page.label.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, ""));
          results.push(await measure(url, page, cookie, { warmUp: WARM_UP, runs: RUNS, keepAs }));
        }
        await server.stop();
        server = null;
        printResults(build, results, "/sign-in");
      }
    }
  } finally {
    await client.end().catch(() => {});
    await stopAll();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

runBench(main);
