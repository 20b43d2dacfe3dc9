// The events API's hot queries as named prepared statements (lib/db/prepared.ts) against the same
// queries through Prisma's raw query (an unnamed statement: parsed, analysed and planned each time).
//   npx tsx bench/prepared.bench.ts      (or: npm run bench -- prepared)
// A fresh embedded PostgreSQL (.data/bench-prepared, port 54368) with the demo data `npm start` seeds;
// one connection, calls one after another, interleaved in rounds so that the machine's swings hit both:
//   (a) resolveRecipients for access-control.request-approved (9 recipients), prepared (the client)
//   (b) baseline: the same call inside a transaction, where it runs through Prisma's $queryRaw
//   (c) SELECT 1 through node-postgres and (d) through Prisma: the per-query cost of the client itself.
// Also PostgreSQL's own EXPLAIN of the resolver's query: planning against execution time.
import "./lib/outside-next";
import { rmSync } from "node:fs";
import { loadAverage, machineLine } from "./lib/bench-database";
import { summary } from "./lib/stats";

const { createPrismaClient } = await import("@/lib/db/client");
const { startEmbeddedPostgres } = await import("@/lib/db/embedded");
const { migrate } = await import("@/lib/db/migrate");
const { seed } = await import("../prisma/seed/index");
const { resolveRecipients } = await import("@/lib/subscriptions/resolve-recipients");

const DATA_DIR = ".data/bench-prepared";
const TYPE = "access-control.request-approved";
const ROUNDS = 5;
const CALLS = 200;

console.log(`${machineLine()}; load ${loadAverage()}`);
rmSync(DATA_DIR, { recursive: true, force: true });
const postgres = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: 54368, database: "herald" });
try {
  await migrate(postgres.url);
  await seed(postgres.url);
  const db = createPrismaClient(postgres.url, { max: 1 });
  const { Pool } = await import("pg");
  const pool = new Pool({ connectionString: postgres.url, max: 1 });

  const perCall = async (fn: () => Promise<unknown>) => {
    const start = performance.now();
    for (let i = 0; i < CALLS; i += 1) await fn();
    return (performance.now() - start) / CALLS;
  };
  const prepared = () => resolveRecipients(db, { typeKey: TYPE });
  const unnamed = () => db.$transaction((tx) => resolveRecipients(tx, { typeKey: TYPE }));
  const begin = () => db.$transaction(async () => undefined);
  for (const warm of [prepared, unnamed, begin]) await perCall(warm);

  const samples = { prepared: [] as number[], unnamed: [] as number[], begin: [] as number[] };
  const select = { pg: [] as number[], prisma: [] as number[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    samples.prepared.push(await perCall(prepared));
    samples.unnamed.push(await perCall(unnamed));
    samples.begin.push(await perCall(begin));
    select.pg.push(await perCall(() => pool.query("SELECT 1")));
    select.prisma.push(await perCall(() => db.$queryRawUnsafe("SELECT 1")));
  }
  // (b) pays BEGIN and COMMIT too: take the cost of an empty transaction off it.
  const a = summary(samples.prepared).median;
  const b = summary(samples.unnamed).median - summary(samples.begin).median;
  const c = summary(select.pg).median;
  const d = summary(select.prisma).median;
  console.log(`\n${ROUNDS} rounds × ${CALLS} calls, one connection, load ${loadAverage()}`);
  console.log(`(a) resolver, prepared statement:        ${a.toFixed(3)} ms per call`);
  console.log(
    `(b) resolver, Prisma raw (unnamed):      ${b.toFixed(3)} ms per call (empty transaction taken off)`,
  );
  console.log(`    (a)/(b) = ${(a / b).toFixed(2)}`);
  console.log(`(c) SELECT 1 through node-postgres:      ${c.toFixed(3)} ms`);
  console.log(
    `(d) SELECT 1 through Prisma:             ${d.toFixed(3)} ms   (c)/(d) = ${(c / d).toFixed(2)}`,
  );

  const resolverSql = await capturedResolverSql(db);
  const [plan] = await pool
    .query<{ "QUERY PLAN": { "Planning Time": number; "Execution Time": number }[] }>(
      `EXPLAIN (ANALYZE, SUMMARY, FORMAT JSON) ${resolverSql.text}`,
      resolverSql.values,
    )
    .then((result) => result.rows);
  const summaryOfPlan = plan!["QUERY PLAN"][0]!;
  console.log(
    `EXPLAIN of the resolver's query: planning ${summaryOfPlan["Planning Time"]} ms, execution ${summaryOfPlan["Execution Time"]} ms`,
  );
  await pool.end();
  await db.$disconnect();
} finally {
  await postgres.stop();
}

/** The resolver's statement as it is sent (text and values), caught on its way to the client. */
async function capturedResolverSql(db: ReturnType<typeof createPrismaClient>) {
  let captured: { text: string; values: unknown[] } | undefined;
  await db.$transaction((tx) =>
    resolveRecipients(
      new Proxy(tx, {
        get: (target, property) =>
          property === "$queryRaw"
            ? (sql: { text: string; values: unknown[] }) => {
                captured = sql;
                return target.$queryRaw(sql as never);
              }
            : (target as Record<PropertyKey, unknown>)[property],
      }),
      { typeKey: TYPE },
    ),
  );
  return captured!;
}
