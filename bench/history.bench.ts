// The send history over 1,000,000 deliveries: how long does one page take, first and 10,000 rows deep,
// with keyset paging (the real `listDeliveries` of lib/history/queries.ts) against OFFSET paging?
//   npx tsx bench/history.bench.ts        (or: npm run bench -- history)
// Creates a fresh database on an embedded PostgreSQL (.data/bench-history, port 54365) and fills it
// set-based (INSERT … SELECT FROM generate_series): 5,000 users, 300 contacts, 100,000 events of 10
// deliveries each, created over 400 days, types skewed (a few common, many rare), realistic statuses.
// Then ANALYZE, and for each case (first page / page 10,000 rows deep × no filter / status FAILED /
// one type), alternating run after run:
//   (a) listDeliveries(viewer, { filters, cursor }) — the function the history page calls, timed in
//       this process (no HTTP): keyset on (createdAt, id), plus its "is there a newer page" probe;
//   (b) baseline: the same filters, select and order with OFFSET (Prisma findMany skip/take, i.e.
//       ORDER BY "createdAt" DESC, id DESC OFFSET 10000 LIMIT 50).
// The deep cursor is the keyset position of row 10,000; (a) and (b) must return the same 50 rows.
// Prints medians, p95 and the ratio (a)/(b), then EXPLAIN (ANALYZE, BUFFERS) of each keyset query.
import "./lib/outside-next";
import pg from "pg";
import { loadAverage, machineLine, runBench, withBenchDatabase } from "./lib/bench-database";
import { summary, time } from "./lib/stats";
import { EVENTS, fillHistory } from "./lib/history-data";

// lib/history imports "server-only" (Next resolves it; here its empty module), and lib/env.ts validates
// on import: the database is passed explicitly.
const { deliveryRowSelect, historyWhere, listDeliveries, HISTORY_PAGE_SIZE } =
  await import("@/lib/history/queries");
const { newestFirst } = await import("@/lib/history/keyset");

type Filters = Parameters<typeof listDeliveries>[1]["filters"];

const DEPTH = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARM_UP = 3;
const TARGET_MS = 100;

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

interface Case {
  label: string;
  filters: Filters;
  /** SQL condition equivalent to historyWhere(filters), for the position lookup and EXPLAIN. */
  sql: string;
  params: unknown[];
}

/** The (createdAt, id) of the DEPTH-th row of the filtered history, newest first. */
async function positionAt(client: pg.Client, c: Case) {
  const { rows } = await client.query<{ createdAt: Date; id: string }>(
    `SELECT "createdAt", id FROM "Delivery" WHERE ${c.sql}
     ORDER BY "createdAt" DESC, id DESC OFFSET ${DEPTH - 1} LIMIT 1`,
    c.params,
  );
  if (!rows[0]) throw new Error(`Fewer than ${DEPTH} rows for ${c.label}`);
  return rows[0];
}

async function explain(client: pg.Client, sql: string, params: unknown[]) {
  const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  return rows.map((row) => `      ${row["QUERY PLAN"]}`).join("\n");
}

async function main() {
  console.log(`${machineLine()}; load ${loadAverage()}`);
  await withBenchDatabase({ dataDir: ".data/bench-history", port: 54365, max: 4 }, async (db, url) => {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const [fillMs] = await time(() => fillHistory(client));
      const { rows: counts } = await client.query<{ deliveries: string; failed: string; top: string }>(
        `SELECT count(*) AS deliveries, count(*) FILTER (WHERE status = 'FAILED') AS failed,
              mode() WITHIN GROUP (ORDER BY "typeKey") AS top FROM "Delivery"`,
      );
      const total = Number(counts[0]!.deliveries);
      const topType = counts[0]!.top;
      const { rows: topRows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM "Delivery" WHERE "typeKey" = $1`,
        [topType],
      );
      console.log(
        `Filled ${total.toLocaleString("en")} deliveries of ${EVENTS.toLocaleString("en")} events over 400 days in ` +
          `${(fillMs / 1000).toFixed(1)} s (incl. ANALYZE); FAILED: ${Number(counts[0]!.failed).toLocaleString("en")}, ` +
          `most common type ${topType}: ${Number(topRows[0]!.n).toLocaleString("en")}`,
      );

      const viewer = {
        id: "00000000-0000-7000-8000-000000000000",
        role: "AUDITOR" as const,
        timeZone: "UTC",
      };
      const cases: Case[] = [
        { label: "no filter", filters: {}, sql: "true", params: [] },
        { label: "status FAILED", filters: { status: ["FAILED"] }, sql: `status = 'FAILED'`, params: [] },
        { label: `type ${topType}`, filters: { type: topType }, sql: `"typeKey" = '${topType}'`, params: [] },
      ];

      interface Measure {
        label: string;
        keyset: number[];
        offset: number[];
        keysetSql: string;
        keysetParams: unknown[];
        offsetSql: string;
      }
      const measures: Measure[] = [];
      const columns = Object.keys(deliveryRowSelect)
        .map((column) => `"${column}"`)
        .join(", ");
      for (const c of cases) {
        const where = historyWhere(c.filters, viewer.timeZone);
        const position = await positionAt(client, c);
        for (const deep of [false, true]) {
          const cursor = deep ? { direction: "older" as const, ...position } : null;
          const skip = deep ? DEPTH : 0;
          const keysetRun = () => listDeliveries(viewer, { filters: c.filters, cursor }, db);
          const offsetRun = () =>
            db.delivery.findMany({
              where,
              select: deliveryRowSelect,
              orderBy: newestFirst,
              skip,
              take: HISTORY_PAGE_SIZE,
            });
          // Both must show the same rows: the keyset page after row 10,000 is OFFSET 10,000.
          const [page, offsetRows] = [await keysetRun(), await offsetRun()];
          const same =
            page.rows.length === HISTORY_PAGE_SIZE &&
            page.rows.every((row, index) => row.id === offsetRows[index]?.id);
          if (!same) throw new Error(`Keyset and OFFSET pages differ for ${c.label}${deep ? " (deep)" : ""}`);
          const measure: Measure = {
            label: `${deep ? `page ${DEPTH.toLocaleString("en")} rows deep` : "first page"}, ${c.label}`,
            keyset: [],
            offset: [],
            keysetSql: deep
              ? `SELECT ${columns} FROM "Delivery" WHERE ${c.sql} AND "createdAt" <= $1 AND ("createdAt" < $1 OR ("createdAt" = $1 AND id < $2)) ORDER BY "createdAt" DESC, id DESC LIMIT ${HISTORY_PAGE_SIZE + 1}`
              : `SELECT ${columns} FROM "Delivery" WHERE ${c.sql} ORDER BY "createdAt" DESC, id DESC LIMIT ${HISTORY_PAGE_SIZE + 1}`,
            keysetParams: deep ? [position.createdAt, position.id] : [],
            offsetSql: `SELECT ${columns} FROM "Delivery" WHERE ${c.sql} ORDER BY "createdAt" DESC, id DESC OFFSET ${skip} LIMIT ${HISTORY_PAGE_SIZE}`,
          };
          for (let run = 0; run < WARM_UP + RUNS; run++) {
            const [keysetMs] = await time(keysetRun);
            const [offsetMs] = await time(offsetRun);
            if (run >= WARM_UP) {
              measure.keyset.push(keysetMs);
              measure.offset.push(offsetMs);
            }
          }
          measures.push(measure);
        }
      }

      console.log(
        `\nOne page of ${HISTORY_PAGE_SIZE} (listDeliveries, timed in-process, no HTTP); ${RUNS} runs after ${WARM_UP} warm-ups, alternating:`,
      );
      let missed = 0;
      for (const m of measures) {
        const keyset = summary(m.keyset);
        const offset = summary(m.offset);
        if (keyset.median > TARGET_MS) missed += 1;
        console.log(
          `  ${m.label.padEnd(62)} keyset median ${fmt(keyset.median).padStart(9)}, p95 ${fmt(keyset.p95).padStart(9)} | ` +
            `OFFSET median ${fmt(offset.median).padStart(9)}, p95 ${fmt(offset.p95).padStart(9)} | ` +
            `keyset/OFFSET ${(keyset.median / offset.median).toFixed(2)}×`,
        );
      }
      console.log(
        missed === 0
          ? `Every keyset page within the ${TARGET_MS} ms target (median).`
          : `${missed} keyset page(s) OVER the ${TARGET_MS} ms target (median).`,
      );
      console.log(`Load average at the end of the measurements: ${loadAverage()} (1, 5, 15 min)`);

      console.log(
        `\nEXPLAIN (ANALYZE, BUFFERS) of the keyset query (as listDeliveries sends it) and of OFFSET:`,
      );
      for (const m of measures) {
        console.log(`  ${m.label} — keyset:\n${await explain(client, m.keysetSql, m.keysetParams)}`);
        if (m.label.includes("deep"))
          console.log(`  ${m.label} — OFFSET:\n${await explain(client, m.offsetSql, [])}`);
      }
    } finally {
      await client.end().catch(() => undefined);
    }
  });
}

runBench(main);
