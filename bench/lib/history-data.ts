// The send history of a busy year, written set-based (INSERT … SELECT FROM generate_series) so that
// 1,000,000 deliveries take minutes, not hours. Deterministic (setseed): the same spread every run.
import type pg from "pg";
import { notificationTypes } from "@/lib/catalog/definitions";

export const EVENTS = 100_000;
export const PER_EVENT = 10;

/** 1,000,000 deliveries in a handful of set-based statements (deterministic: setseed). */
export async function fillHistory(client: pg.Client) {
  const typeKeys = notificationTypes.map((type) => type.key);
  const categoryKeys = notificationTypes.map((type) => type.categoryKey);
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SELECT setseed(0.42)`);
  await client.query(`
    INSERT INTO "User" (id, email, name, "passwordHash", role, locale, "timeZone", "updatedAt")
    SELECT uuidv7(), 'user' || n || '@bank.test', 'User ' || lpad(n::text, 4, '0'), 'x', 'USER',
           (CASE WHEN n % 2 = 0 THEN 'pt-BR' ELSE 'en' END)::"Locale", 'America/Sao_Paulo', now()
    FROM generate_series(1, 5000) n`);
  await client.query(`
    INSERT INTO "Contact" (id, email, name, "updatedAt")
    SELECT uuidv7(), 'contact' || n || '@partner.test', 'Contact ' || n, now() FROM generate_series(1, 300) n`);
  await client.query(`
    CREATE TEMP TABLE bench_user AS
    SELECT row_number() OVER (ORDER BY email) AS n, id, email, name, locale FROM "User"`);
  await client.query(`
    CREATE TEMP TABLE bench_contact AS
    SELECT row_number() OVER (ORDER BY email) AS n, id, email, name FROM "Contact"`);
  // Events over 400 days; the type index is skewed (power 2.5) so the first types are common.
  await client.query(
    `CREATE TEMP TABLE bench_event AS
     SELECT n, uuidv7(at - now()) AS id, ($1::text[])[idx] AS type_key, ($2::text[])[idx] AS category_key, at
     FROM (
       SELECT n, 1 + floor(power(random(), 2.5) * $3)::int AS idx,
              date_trunc('milliseconds', now() - random() * interval '400 days') AS at
       FROM generate_series(1, $4::int) n
     ) s`,
    [typeKeys, categoryKeys, typeKeys.length, EVENTS],
  );
  await client.query(`
    INSERT INTO "Event" (id, "typeKey", payload, origin, "occurredAt", "createdAt", "recipientCount")
    SELECT id, type_key, '{}'::jsonb, (CASE WHEN n % 10 = 0 THEN 'UI' ELSE 'API' END)::"EventOrigin", at, at, ${PER_EVENT}
    FROM bench_event`);
  // All deliveries of an event share its createdAt (one transaction), as enqueue writes them: ties
  // of the same millisecond are the norm, and the id (UUIDv7) settles them.
  await client.query(`
    INSERT INTO "Delivery" (id, "eventId", "typeKey", "categoryKey", "recipientKind", "userId", "contactId",
      email, name, locale, "timeZone", mode, reasons, status, "availableAt", "attemptCount", "idempotencyKey",
      "messageId", subject, transport, "lastError", "sentAt", "statusChangedAt", "createdAt")
    SELECT x.id, x.event_id, x.type_key, x.category_key, x.kind::"RecipientKind",
           CASE WHEN x.kind = 'USER' THEN u.id END, CASE WHEN x.kind = 'CONTACT' THEN c.id END,
           CASE x.kind WHEN 'USER' THEN u.email WHEN 'CONTACT' THEN c.email
                ELSE 'someone' || (x.seq % 2000) || '@outside.test' END,
           CASE x.kind WHEN 'USER' THEN u.name WHEN 'CONTACT' THEN c.name ELSE '' END,
           COALESCE(u.locale, 'en'), 'America/Sao_Paulo',
           (CASE WHEN x.seq % 10 = 3 THEN 'DIGEST' ELSE 'IMMEDIATE' END)::"DeliveryMode", '[]'::jsonb,
           x.status::"DeliveryStatus", x.at,
           CASE WHEN x.status = 'FAILED' THEN 5 WHEN x.status IN ('SUPPRESSED', 'CANCELLED') THEN 0 ELSE 1 END,
           'herald-' || x.id, x.id || '@herald.bench', 'Subject of ' || x.type_key,
           CASE WHEN x.status IN ('SUPPRESSED', 'CANCELLED') THEN NULL
                WHEN x.seq % 3 = 0 THEN 'RESEND' ELSE 'MAILBOX' END::"MailTransportName",
           CASE WHEN x.status = 'FAILED' THEN '550 mailbox unavailable' END,
           CASE WHEN x.status IN ('SENT', 'DELIVERED', 'DELAYED', 'BOUNCED', 'COMPLAINED')
                THEN x.at + interval '400 milliseconds' END,
           x.at + interval '1 second', x.at
    FROM (
      SELECT d.*, uuidv7(d.at - now()) AS id,
             CASE WHEN d.rk < 0.90 THEN 'USER' WHEN d.rk < 0.97 THEN 'CONTACT' ELSE 'ADDRESS' END AS kind,
             CASE WHEN d.rs < 0.55 THEN 'SENT' WHEN d.rs < 0.88 THEN 'DELIVERED' WHEN d.rs < 0.91 THEN 'FAILED'
                  WHEN d.rs < 0.925 THEN 'BOUNCED' WHEN d.rs < 0.93 THEN 'COMPLAINED' WHEN d.rs < 0.94 THEN 'DELAYED'
                  WHEN d.rs < 0.98 THEN 'SUPPRESSED' ELSE 'CANCELLED' END AS status
      FROM (
        SELECT e.id AS event_id, e.type_key, e.category_key, e.at, e.n::bigint * ${PER_EVENT} + k AS seq,
               random() AS rk, random() AS rs
        FROM bench_event e CROSS JOIN generate_series(1, ${PER_EVENT}) k
      ) d
    ) x
    LEFT JOIN bench_user u ON u.n = 1 + (x.seq * 7919) % 5000
    LEFT JOIN bench_contact c ON c.n = 1 + (x.seq * 31) % 300`);
  await client.query(`ANALYZE`);
}
