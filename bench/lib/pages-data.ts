// The directory and audit log of a large bank on top of a year of send history, for the pages bench:
// 25,000 users in 250 teams (and one "Everyone" group holding all of them), the teams' and some users'
// subscriptions, 1,000,000 deliveries (history-data.ts) and 1,000,000 audit entries over 400 days.
// Everything is set-based (INSERT … SELECT FROM generate_series), deterministic (setseed), and runs
// after the demo seed, whose admin signs in. The audit log is append-only (its trigger refuses UPDATE
// and DELETE, not INSERT): entries are inserted directly, in createdAt order so that ids grow with time
// as recordAudit's do, and the (createdAt DESC, id DESC) keyset index is built as they go in.
import type pg from "pg";
import { notificationTypes } from "@/lib/catalog/definitions";
import { fillHistory } from "./history-data";

/** Users history-data.ts creates; this module adds the rest up to USERS. */
const HISTORY_USERS = 5_000;
export const USERS = 25_000;
export const TEAMS = 250;
export const AUDIT_ENTRIES = 1_000_000;
export const EVERYONE = "Everyone";

const FIRST = ["Ana", "Bruno", "Carla", "Diego", "Elisa", "Fábio", "Gabriela", "Heitor", "Isabela", "João"];
const LAST = [
  "Silva",
  "Souza",
  "Costa",
  "Santos",
  "Oliveira",
  "Pereira",
  "Lima",
  "Carvalho",
  "Almeida",
  "Ribeiro",
];

// (action, targetType) pairs recordAudit writes, with how often each comes up (weights sum to 100).
const AUDIT_KINDS: [action: string, targetType: string, weight: number][] = [
  ["user.update", "user", 14],
  ["user.create", "user", 8],
  ["user.disable", "user", 3],
  ["user.password.reset", "user", 4],
  ["subscription.replace", "user", 15],
  ["subscription.bulk-update", "group", 6],
  ["group.update", "group", 8],
  ["delivery.retry", "delivery", 12],
  ["delivery.resend", "delivery", 6],
  ["api-key.create", "api-key", 2],
  ["template.override.update", "template-override", 5],
  ["notification-type.update", "notification-type", 3],
  ["suppression.lift", "suppression", 4],
  ["mail-settings.update", "mail-settings", 2],
  ["service.update", "service", 3],
  ["event.dispatch", "event", 5],
];

/** Fills the seeded database; returns the row counts it reached. */
export async function fillPagesData(client: pg.Client) {
  await fillHistory(client); // sets synchronous_commit off and the seed for this session
  const typeKeys = notificationTypes.map((type) => type.key);
  const categoryKeys = [...new Set(notificationTypes.map((type) => type.categoryKey))];

  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, locale, "timeZone", "disabledAt", "createdAt", "updatedAt")
     SELECT uuidv7(), 'staff' || n || '@bank.test',
            ($1::text[])[1 + n % 10] || ' ' || ($2::text[])[1 + (n / 10) % 10] || ' ' || n, 'x',
            (CASE WHEN n % 500 = 0 THEN 'AUDITOR' ELSE 'USER' END)::"Role",
            (CASE WHEN n % 3 = 0 THEN 'en' ELSE 'pt-BR' END)::"Locale", 'America/Sao_Paulo',
            CASE WHEN n % 50 = 0 THEN now() - interval '30 days' END,
            now() - (n % 700) * interval '1 day', now()
     FROM generate_series(1, $3::int) n`,
    [FIRST, LAST, USERS - HISTORY_USERS],
  );
  await client.query(
    `INSERT INTO "Group" (id, name, description, "updatedAt")
     SELECT uuidv7(), 'Team ' || lpad(n::text, 3, '0'), 'Bench team ' || n, now()
     FROM generate_series(1, $1::int) n
     UNION ALL SELECT uuidv7(), $2, 'Every member of staff', now()`,
    [TEAMS, EVERYONE],
  );
  await client.query(`
    CREATE TEMP TABLE bench_team AS
    SELECT row_number() OVER (ORDER BY name) AS n, id FROM "Group" WHERE name LIKE 'Team %'`);
  await client.query(`
    CREATE TEMP TABLE bench_staff AS
    SELECT row_number() OVER (ORDER BY id) AS n, id FROM "User" WHERE email LIKE '%@bank.test'`);
  // Each bench user in one team (a tenth of them in a second one), and all of them in "Everyone".
  await client.query(
    `INSERT INTO "GroupMember" ("groupId", "userId")
     SELECT t.id, s.id FROM bench_staff s JOIN bench_team t ON t.n = 1 + s.n % $1
     UNION ALL
     SELECT t.id, s.id FROM bench_staff s JOIN bench_team t ON t.n = 1 + (s.n / 7) % $1
       WHERE s.n % 10 = 0 AND (s.n / 7) % $1 <> s.n % $1
     UNION ALL
     SELECT g.id, s.id FROM bench_staff s CROSS JOIN "Group" g WHERE g.name = $2`,
    [TEAMS, EVERYONE],
  );
  // Every team subscribes to two categories and three types; "Everyone" to one category; one user in
  // ten subscribes to one type of their own.
  await client.query(
    `INSERT INTO "Subscription" (id, "groupId", "categoryKey", mode, "updatedAt")
     SELECT DISTINCT ON (t.id, c) uuidv7(), t.id, ($1::text[])[c], 'IMMEDIATE'::"DeliveryMode", now()
     FROM bench_team t, LATERAL (VALUES (1 + t.n % cardinality($1::text[])),
                                        (1 + (t.n * 7) % cardinality($1::text[]))) v(c)`,
    [categoryKeys],
  );
  await client.query(
    `INSERT INTO "Subscription" (id, "groupId", "typeKey", mode, "updatedAt")
     SELECT DISTINCT ON (t.id, k) uuidv7(), t.id, ($1::text[])[k],
            (CASE WHEN k % 4 = 0 THEN 'DIGEST' ELSE 'IMMEDIATE' END)::"DeliveryMode", now()
     FROM bench_team t, LATERAL (VALUES (1 + t.n % cardinality($1::text[])),
                                        (1 + (t.n * 3) % cardinality($1::text[])),
                                        (1 + (t.n * 11) % cardinality($1::text[]))) v(k)`,
    [typeKeys],
  );
  await client.query(
    `INSERT INTO "Subscription" (id, "groupId", "categoryKey", mode, "updatedAt")
     SELECT uuidv7(), id, $2, 'DIGEST'::"DeliveryMode", now() FROM "Group" WHERE name = $1`,
    [EVERYONE, categoryKeys[0]],
  );
  await client.query(
    `INSERT INTO "Subscription" (id, "userId", "typeKey", mode, "updatedAt")
     SELECT uuidv7(), s.id, ($1::text[])[1 + s.n % cardinality($1::text[])], 'IMMEDIATE'::"DeliveryMode", now()
     FROM bench_staff s WHERE s.n % 10 = 3`,
    [typeKeys],
  );

  // Targets the audit entries point at: users, teams and a sample of deliveries and events.
  await client.query(`
    CREATE TEMP TABLE bench_delivery AS
    SELECT row_number() OVER () AS n, id, "eventId" FROM (SELECT id, "eventId" FROM "Delivery" LIMIT 20000) d`);
  await client.query(`
    CREATE TEMP TABLE bench_actor AS
    SELECT row_number() OVER (ORDER BY email) AS n, id, email FROM "User" WHERE role = 'ADMIN'`);
  const kinds = AUDIT_KINDS.flatMap(([action, targetType, weight]) =>
    Array.from({ length: weight }, () => [action, targetType] as const),
  );
  await client.query(
    `INSERT INTO "AuditLog" ("actorId", "actorLabel", action, "targetType", "targetId", before, after, ip,
       "requestId", "createdAt")
     SELECT a.id, a.email, x.action, x.target_type,
            CASE x.target_type
              WHEN 'user' THEN s.id::text WHEN 'group' THEN t.id::text
              WHEN 'delivery' THEN d.id::text WHEN 'event' THEN d."eventId"::text
              WHEN 'notification-type' THEN x.type_key WHEN 'template-override' THEN x.type_key || ':en'
              WHEN 'suppression' THEN 'someone' || (x.n % 2000) || '@outside.test'
              ELSE NULL END,
            CASE WHEN x.action LIKE '%.update' THEN jsonb_build_object('name', 'Before ' || x.n) END,
            CASE WHEN x.action NOT LIKE '%.retry' THEN jsonb_build_object('name', 'After ' || x.n) END,
            '10.0.' || (x.n % 250) || '.' || (x.n % 251), gen_random_uuid()::text, x.at
     FROM (
       SELECT n, ($1::text[])[1 + k] AS action, ($2::text[])[1 + k] AS target_type,
              ($3::text[])[1 + n % cardinality($3::text[])] AS type_key, at
       FROM (
         SELECT n, floor(random() * 100)::int AS k,
                date_trunc('milliseconds', now() - random() * interval '400 days') AS at
         FROM generate_series(1, $4::int) n
       ) r
     ) x
     JOIN bench_actor a ON a.n = 1 + x.n % (SELECT count(*) FROM bench_actor)
     JOIN bench_staff s ON s.n = 1 + (x.n::bigint * 7919) % ${USERS - 1}
     JOIN bench_team t ON t.n = 1 + x.n % ${TEAMS}
     JOIN bench_delivery d ON d.n = 1 + x.n % 20000
     ORDER BY x.at`,
    [kinds.map((kind) => kind[0]), kinds.map((kind) => kind[1]), typeKeys, AUDIT_ENTRIES],
  );
  await client.query(`ANALYZE`);
  const { rows } = await client.query<Record<string, string>>(`
    SELECT (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "Group") AS groups,
           (SELECT count(*) FROM "GroupMember") AS memberships, (SELECT count(*) FROM "Subscription") AS subscriptions,
           (SELECT count(*) FROM "Delivery") AS deliveries, (SELECT count(*) FROM "AuditLog") AS audit`);
  return Object.fromEntries(Object.entries(rows[0]!).map(([key, value]) => [key, Number(value)]));
}
