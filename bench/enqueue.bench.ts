// One event to 10,000 recipients: how long does enqueueEvent take, against the floor of writing the
// same 10,000 delivery rows with one raw multi-row INSERT?
//   npx tsx bench/enqueue.bench.ts        (or: npm run bench -- enqueue)
// Creates a fresh database on an embedded PostgreSQL (.data/bench-enqueue, port 54361), fills 10,000
// users in one group subscribed to the type (10% digest, 10% with quiet hours), then alternates, run
// after run:
//   (a) enqueueEvent: validate, resolve (one query), quiet-hours lookup, event + one INSERT … SELECT FROM
//       unnest of all deliveries, in one transaction;
//   (b) baseline: the rows (a) wrote, re-inserted under a new event by one multi-row INSERT … VALUES
//       with inline literals over a plain pg connection (no resolver, no Prisma, no validation);
//   (c) for comparison: Prisma createMany of the same rows (in the first 3 measured runs only);
//   (d) (b) with the three indexes the last Delivery index migration dropped put back: their cost.
// Tables are emptied between runs so every run writes into the same state. Prints medians and ratios.
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/db/client";
import { loadAverage, machineLine, runBench, withBenchDatabase } from "./lib/bench-database";
import { summary, time } from "./lib/stats";

// lib/env.ts validates on import: the database is passed explicitly.
process.env.DATABASE_URL ??= "postgresql://bench-uses-its-own-database/none";
process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
const { enqueueEvent } = await import("@/lib/dispatch/enqueue");
const { resolveRecipients } = await import("@/lib/subscriptions/resolve-recipients");
const { samplePayloads } = await import("@/lib/templates/payloads");

const TYPE = "access-control.request-approved"; // low severity, not mandatory: quiet hours and digests apply
const RECIPIENTS = 10_000;
const RUNS = 15;
const WARM_UP = 3;
const CREATE_MANY_RUNS = 3;

/** The indexes the migration 20261202081619_delivery_indexes_unlogged_rate_limit replaced or dropped. */
const OLD_INDEXES = {
  create: `
    CREATE UNIQUE INDEX "bench_old_idempotencyKey" ON "Delivery" ("idempotencyKey");
    CREATE UNIQUE INDEX "bench_old_messageId" ON "Delivery" ("messageId");
    CREATE INDEX "bench_old_providerMessageId" ON "Delivery" ("providerMessageId")`,
  drop: `DROP INDEX "bench_old_idempotencyKey", "bench_old_messageId", "bench_old_providerMessageId"`,
};

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function fill(db: Database) {
  const zones = ["America/Sao_Paulo", "Europe/Lisbon", "Asia/Kolkata", "America/New_York", "UTC"];
  await db.$transaction([
    db.$executeRaw`
      INSERT INTO "User" (id, email, name, "passwordHash", role, locale, "timeZone", "digestHour", "quietStart", "quietEnd", "updatedAt")
      SELECT uuidv7(), 'user' || n || '@bank.test', 'User ' || lpad(n::text, 5, '0'), 'x', 'USER',
             (CASE WHEN n % 2 = 0 THEN 'pt-BR' ELSE 'en' END)::"Locale", (${zones}::text[])[1 + n % 5], 6 + n % 4,
             CASE WHEN n % 10 = 3 THEN 1320 END, CASE WHEN n % 10 = 3 THEN 420 END, now()
      FROM generate_series(1, ${RECIPIENTS}) AS n`,
    db.$executeRaw`INSERT INTO "Group" (id, name, "updatedAt") VALUES (uuidv7(), 'Everyone', now())`,
    db.$executeRaw`
      INSERT INTO "GroupMember" ("groupId", "userId")
      SELECT g.id, u.id FROM "User" u CROSS JOIN "Group" g WHERE g.name = 'Everyone'`,
    db.$executeRaw`
      INSERT INTO "Subscription" (id, "groupId", "typeKey", mode, "updatedAt")
      SELECT uuidv7(), g.id, ${TYPE}, 'IMMEDIATE', now() FROM "Group" g WHERE g.name = 'Everyone'`,
    // 10% prefer the type as a digest.
    db.$executeRaw`
      INSERT INTO "Preference" (id, "userId", "typeKey", muted, mode, "updatedAt")
      SELECT uuidv7(), u.id, ${TYPE}, false, 'DIGEST', now()
      FROM "User" u WHERE right(split_part(u.email, '@', 1), 1) = '5'`,
  ]);
}

const COLUMNS = [
  "id",
  "eventId",
  "typeKey",
  "categoryKey",
  "recipientKind",
  "userId",
  "contactId",
  "email",
  "name",
  "locale",
  "timeZone",
  "mode",
  "reasons",
  "availableAt",
  "idempotencyKey",
  "messageId",
] as const;

type DeliveryRow = Record<(typeof COLUMNS)[number], unknown>;

async function rowsOf(client: pg.Client, eventId: string): Promise<DeliveryRow[]> {
  const result = await client.query<DeliveryRow>(
    `SELECT ${COLUMNS.map((column) => `"${column}"`).join(", ")} FROM "Delivery" WHERE "eventId" = $1`,
    [eventId],
  );
  return result.rows;
}

/** The same rows under a new event, with fresh ids and keys (unique columns). */
function copyRows(rows: DeliveryRow[], eventId: string): DeliveryRow[] {
  return rows.map((row) => {
    const id = randomUUID();
    return { ...row, id, eventId, idempotencyKey: `herald-${id}`, messageId: `${id}@localhost` };
  });
}

function literal(client: pg.Client, value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (value instanceof Date) return client.escapeLiteral(value.toISOString());
  if (typeof value === "object") return client.escapeLiteral(JSON.stringify(value));
  return client.escapeLiteral(String(value));
}

function multiRowInsert(client: pg.Client, rows: DeliveryRow[]): string {
  const values = rows.map((row) => `(${COLUMNS.map((column) => literal(client, row[column])).join(",")})`);
  return `INSERT INTO "Delivery" (${COLUMNS.map((column) => `"${column}"`).join(", ")}) VALUES ${values.join(",\n")}`;
}

async function newEvent(client: pg.Client): Promise<string> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "Event" (id, "typeKey", payload, origin, "occurredAt") VALUES ($1, $2, $3, 'API', now())`,
    [id, TYPE, JSON.stringify(samplePayloads[TYPE])],
  );
  return id;
}

async function reset(client: pg.Client) {
  await client.query(`TRUNCATE "Delivery", "Event" CASCADE`);
}

/**
 * EXPLAIN (ANALYZE, WAL) of the baseline insert of `rows` under a new event: the time PostgreSQL spends
 * writing the rows and their indexes, and in each foreign-key trigger (row by row), and the WAL written.
 */
async function explainRawInsert(client: pg.Client, rows: DeliveryRow[]) {
  await reset(client);
  const eventId = await newEvent(client);
  const sql = multiRowInsert(client, copyRows(rows, eventId));
  const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, WAL) ${sql}`);
  const indexes = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_index WHERE indrelid = '"Delivery"'::regclass`,
  );
  console.log(`EXPLAIN ANALYZE of (b) once more (${indexes.rows[0]?.n} indexes on "Delivery"):`);
  for (const { "QUERY PLAN": line } of plan.rows) {
    if (/^(Trigger|Execution Time|Planning Time)|WAL:|Insert on/.test(line.trim()))
      console.log(`  ${line.trim()}`);
  }
  await reset(client);
}

async function main() {
  console.log(machineLine());
  await withBenchDatabase({ dataDir: ".data/bench-enqueue", port: 54361, max: 4 }, async (db, url) => {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await fill(db);
      await db.$executeRawUnsafe(`ANALYZE`);

      const samples = {
        enqueue: [] as number[],
        resolve: [] as number[],
        raw: [] as number[],
        createMany: [] as number[],
        oldIndexes: [] as number[],
      };
      let deliveries = 0;
      let lastRows: DeliveryRow[] = [];
      let held = { digest: 0, quiet: 0 };
      for (let run = 0; run < WARM_UP + RUNS; run++) {
        const keep = run >= WARM_UP;
        await reset(client);
        const [enqueueMs, result] = await time(() =>
          enqueueEvent(db, { typeKey: TYPE, payload: samplePayloads[TYPE] }, { kind: "API" }),
        );
        deliveries = result.deliveryCount;
        const rows = await rowsOf(client, result.eventId);
        lastRows = rows;
        const later = rows.filter((row) => (row.availableAt as Date).getTime() > Date.now() + 60_000);
        held = {
          digest: later.filter((row) => row.mode === "DIGEST").length,
          quiet: later.filter((row) => row.mode === "IMMEDIATE").length,
        };
        const [resolveMs] = await time(() => resolveRecipients(db, { typeKey: TYPE }));

        await reset(client);
        const rawEvent = await newEvent(client);
        const sql = multiRowInsert(client, copyRows(rows, rawEvent));
        const [rawMs] = await time(() => client.query(sql));

        // (d) the same insert with the indexes migration 20261202081619 dropped put back (on the emptied
        // table, so creating them costs nothing), then dropped again: what they cost, in the same run.
        await reset(client);
        await client.query(OLD_INDEXES.create);
        const oldEvent = await newEvent(client);
        const oldSql = multiRowInsert(client, copyRows(rows, oldEvent));
        const [oldIndexesMs] = await time(() => client.query(oldSql));
        await reset(client);
        await client.query(OLD_INDEXES.drop);

        if (keep) {
          samples.enqueue.push(enqueueMs);
          samples.resolve.push(resolveMs);
          samples.raw.push(rawMs);
          samples.oldIndexes.push(oldIndexesMs);
        }
        // (c) is 10–16× slower than (b): a few runs show it well enough without doubling the bench's time.
        if (keep && samples.createMany.length < CREATE_MANY_RUNS) {
          await reset(client);
          const prismaEvent = await newEvent(client);
          // Prisma names the enum value pt-BR "pt_BR".
          const data = copyRows(rows, prismaEvent).map((row) => ({
            ...row,
            locale: row.locale === "pt-BR" ? "pt_BR" : row.locale,
          })) as unknown as Prisma.DeliveryCreateManyInput[];
          const [createManyMs] = await time(() => db.delivery.createMany({ data }));
          samples.createMany.push(createManyMs);
        }
      }

      const enqueue = summary(samples.enqueue);
      const resolve = summary(samples.resolve);
      const raw = summary(samples.raw);
      const createMany = summary(samples.createMany);
      const oldIndexes = summary(samples.oldIndexes);
      console.log(
        `One event of "${TYPE}" to ${deliveries.toLocaleString("en")} recipients ` +
          `(${held.digest.toLocaleString("en")} held for their digest hour, ${held.quiet.toLocaleString("en")} for quiet hours); ` +
          `${RUNS} runs after ${WARM_UP} warm-up:`,
      );
      const line = (label: string, s: ReturnType<typeof summary>) =>
        console.log(`  ${label.padEnd(58)} median ${fmt(s.median)}, p95 ${fmt(s.p95)}, min ${fmt(s.min)}`);
      line("(a) enqueueEvent (whole transaction)", enqueue);
      line("    of which resolveRecipients alone (measured separately)", resolve);
      line("(b) baseline: one raw multi-row INSERT … VALUES (pg)", raw);
      line("(d) (b) with the 3 dropped indexes put back (13 in all)", oldIndexes);
      line(`(c) Prisma createMany of the same rows (${CREATE_MANY_RUNS} runs)`, createMany);
      console.log(
        `Ratio (a)/(b): ${(enqueue.median / raw.median).toFixed(2)}× (target ≤ 2×); ` +
          `(a) median ${enqueue.median <= 200 ? "within" : "OVER"} the 200 ms target; ` +
          `(c)/(b): ${(createMany.median / raw.median).toFixed(2)}×; (b)/(d): ${(raw.median / oldIndexes.median).toFixed(2)}×`,
      );
      console.log(`Load average during the run: ${loadAverage()} (1, 5, 15 min)`);
      await explainRawInsert(client, lastRows); // where the insert's time goes
    } finally {
      await client.end().catch(() => undefined);
    }
  });
}

runBench(main);
