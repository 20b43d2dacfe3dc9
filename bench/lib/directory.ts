// A bank-sized directory, written set-based (INSERT … SELECT generate_series) so that filling it
// takes seconds. Deterministic: the same spread every run.
import { categories, findType, notificationTypes } from "@/lib/catalog/definitions";
import type { Database } from "@/lib/db/client";

export const USERS = 10_000;
export const GROUPS = 50;
export const CONTACTS = 300;

export async function fillDirectory(db: Database, typeKey: string) {
  const type = findType(typeKey);
  if (!type) throw new Error(`Unknown type ${typeKey}`);
  const typeKeys = notificationTypes.map((t) => t.key);
  const categoryKeys = categories.map((c) => c.key);
  const zones = ["America/Sao_Paulo", "Europe/London", "America/New_York", "Europe/Berlin", "Asia/Singapore"];

  await db.$transaction([
    // Users: 2% disabled, mixed languages, time zones and digest hours.
    db.$executeRaw`
        INSERT INTO "User" (id, email, name, "passwordHash", role, locale, "timeZone", "digestHour", "disabledAt", "updatedAt")
        SELECT gen_random_uuid(), 'user' || n || '@bank.test', 'User ' || lpad(n::text, 5, '0'), 'x', 'USER',
               (CASE WHEN n % 2 = 0 THEN 'pt-BR' ELSE 'en' END)::"Locale", (${zones}::text[])[1 + n % 5], 6 + n % 4,
               CASE WHEN n % 50 = 7 THEN now() END, now()
        FROM generate_series(1, ${USERS}) AS n`,
    db.$executeRaw`
        INSERT INTO "Group" (id, name, "updatedAt")
        SELECT gen_random_uuid(), 'Team ' || lpad(g::text, 2, '0'), now() FROM generate_series(0, ${GROUPS - 1}) AS g`,
    // Every user in one team; 30% in a second, 10% in a third.
    db.$executeRaw`
        INSERT INTO "GroupMember" ("groupId", "userId")
        SELECT g.id, u.id FROM (
          SELECT n, n % ${GROUPS} AS team FROM generate_series(1, ${USERS}) n
          UNION SELECT n, (n * 7 + 3) % ${GROUPS} FROM generate_series(1, ${USERS}) n WHERE n % 10 < 3
          UNION SELECT n, (n * 13 + 5) % ${GROUPS} FROM generate_series(1, ${USERS}) n WHERE n % 10 = 9
        ) m
        JOIN "User" u ON u.email = 'user' || m.n || '@bank.test'
        JOIN "Group" g ON g.name = 'Team ' || lpad(m.team::text, 2, '0')
        ON CONFLICT DO NOTHING`,
    // Groups: two categories and four types each; a third of the teams follow the measured type.
    db.$executeRaw`
        INSERT INTO "Subscription" (id, "groupId", "categoryKey", "typeKey", mode, "updatedAt")
        SELECT gen_random_uuid(), g.id, s.category, s.type,
               (CASE WHEN s.t % 4 = 0 THEN 'DIGEST' ELSE 'IMMEDIATE' END)::"DeliveryMode", now()
        FROM (
          SELECT t, (${categoryKeys}::text[])[1 + t % 14] AS category, NULL AS type FROM generate_series(0, ${GROUPS - 1}) t
          UNION ALL SELECT t, (${categoryKeys}::text[])[1 + (t * 3 + 1) % 14], NULL FROM generate_series(0, ${GROUPS - 1}) t
          UNION ALL SELECT t, NULL, (${typeKeys}::text[])[1 + (t * k) % ${typeKeys.length}]
            FROM generate_series(0, ${GROUPS - 1}) t, generate_series(1, 4) k
          UNION ALL SELECT t, NULL, ${type.key} FROM generate_series(0, ${GROUPS - 1}) t WHERE t % 3 = 0
        ) s
        JOIN "Group" g ON g.name = 'Team ' || lpad(s.t::text, 2, '0')
        ON CONFLICT DO NOTHING`,
    // Users: two types each, a category for 10%, the measured type for 10%.
    db.$executeRaw`
        INSERT INTO "Subscription" (id, "userId", "categoryKey", "typeKey", mode, "updatedAt")
        SELECT gen_random_uuid(), u.id, s.category, s.type,
               (CASE WHEN s.n % 3 = 0 THEN 'DIGEST' ELSE 'IMMEDIATE' END)::"DeliveryMode", now()
        FROM (
          SELECT n, NULL AS category, (${typeKeys}::text[])[1 + (n * 17) % ${typeKeys.length}] AS type FROM generate_series(1, ${USERS}) n
          UNION ALL SELECT n, NULL, (${typeKeys}::text[])[1 + (n * 31) % ${typeKeys.length}] FROM generate_series(1, ${USERS}) n
          UNION ALL SELECT n, (${categoryKeys}::text[])[1 + n % 14], NULL FROM generate_series(1, ${USERS}) n WHERE n % 10 = 4
          UNION ALL SELECT n, NULL, ${type.key} FROM generate_series(1, ${USERS}) n WHERE n % 10 = 0
        ) s
        JOIN "User" u ON u.email = 'user' || s.n || '@bank.test'
        ON CONFLICT DO NOTHING`,
    // Preferences: 5% mute the measured type, 5% want it as a digest, 20% mute something else.
    db.$executeRaw`
        INSERT INTO "Preference" (id, "userId", "typeKey", muted, mode, "updatedAt")
        SELECT gen_random_uuid(), u.id, p.type, p.muted, p.mode::"DeliveryMode", now()
        FROM (
          SELECT n, ${type.key} AS type, true AS muted, NULL AS mode FROM generate_series(1, ${USERS}) n WHERE n % 20 = 1
          UNION ALL SELECT n, ${type.key}, false, 'DIGEST' FROM generate_series(1, ${USERS}) n WHERE n % 20 = 2
          UNION ALL SELECT n, (${typeKeys}::text[])[1 + (n * 7) % ${typeKeys.length}], true, NULL
            FROM generate_series(1, ${USERS}) n WHERE n % 5 = 0
        ) p
        JOIN "User" u ON u.email = 'user' || p.n || '@bank.test'
        ON CONFLICT DO NOTHING`,
    db.$executeRaw`
        INSERT INTO "Contact" (id, email, name, "updatedAt")
        SELECT gen_random_uuid(), 'contact' || n || '@partner.test', 'Contact ' || n, now() FROM generate_series(1, ${CONTACTS}) n`,
    db.$executeRaw`
        INSERT INTO "Subscription" (id, "contactId", "categoryKey", "typeKey", mode, "updatedAt")
        SELECT gen_random_uuid(), c.id,
               CASE WHEN n % 3 = 0 THEN ${type.categoryKey} END, CASE WHEN n % 3 = 1 THEN ${type.key} END,
               'IMMEDIATE', now()
        FROM generate_series(1, ${CONTACTS}) n JOIN "Contact" c ON c.email = 'contact' || n || '@partner.test'
        WHERE n % 3 < 2`,
    db.$executeRaw`
        INSERT INTO "Suppression" (email, reason)
        SELECT 'user' || n || '@bank.test', 'HARD_BOUNCE' FROM generate_series(1, ${USERS}) n WHERE n % 100 = 3`,
  ]);
  // What autovacuum does for a live database: statistics for the planner, and a visibility map so
  // that index-only scans need not visit the table.
  await db.$executeRawUnsafe("VACUUM ANALYZE");

  const [memberships, subscriptions, preferences, contacts, suppressions] = await Promise.all([
    db.groupMember.count(),
    db.subscription.count(),
    db.preference.count(),
    db.contact.count(),
    db.suppression.count(),
  ]);
  return { memberships, subscriptions, preferences, contacts, suppressions };
}
