import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/lib/db/transaction";
import { isUuid } from "@/lib/validation/uuid";

/**
 * What an audit entry's target is now: its name and page, or that it no longer exists. Only callers
 * that already authorized read the log (listAuditEntries), so this building block does not authorize.
 */
export type AuditTarget =
  | {
      state: "found";
      name: string;
      /** The notification type that names the target, so the page can show its name in the reader's language. */
      typeKey?: string;
      href: string | null;
    }
  | { state: "deleted" };

interface Source {
  /** How each row's targetId maps to the looked-up key (template overrides are "typeKey:locale"). */
  key: (targetId: string) => string | null;
  /** SELECT of (key, name, typeKey) for the given keys. */
  sql: (keys: string[]) => Prisma.Sql;
  href: (key: string) => string | null;
}

const uuidKey = (id: string) => (isUuid(id) ? id : null);
const byId = (table: string, href: ((id: string) => string) | null): Source => ({
  key: uuidKey,
  sql: (ids) =>
    Prisma.sql`SELECT id::text AS key, name, NULL::text AS "typeKey" FROM ${Prisma.raw(`"${table}"`)} WHERE id = ANY(${ids}::uuid[])`,
  href: (id) => href?.(id) ?? null,
});
const typeSql = (keys: string[]) =>
  Prisma.sql`SELECT key, name, key AS "typeKey" FROM "NotificationType" WHERE key = ANY(${keys}::text[])`;
// Events and deliveries have no name of their own: they are named by their notification type.
const namedByType = (table: string, href: (id: string) => string): Source => ({
  key: uuidKey,
  sql: (ids) =>
    Prisma.sql`SELECT t.id::text AS key, coalesce(n.name, t."typeKey") AS name, t."typeKey" AS "typeKey"
      FROM ${Prisma.raw(`"${table}"`)} t LEFT JOIN "NotificationType" n ON n.key = t."typeKey"
      WHERE t.id = ANY(${ids}::uuid[])`,
  href,
});

// Target types with a table behind them. Others (settings, services, suppressions…) are shown as recorded.
const sources: Record<string, Source> = {
  user: byId("User", (id) => `/users/${id}`),
  group: byId("Group", (id) => `/groups/${id}`),
  contact: byId("Contact", (id) => `/contacts/${id}`),
  // API keys have no page of their own.
  "api-key": byId("ApiKey", null),
  device: byId("Device", (id) => `/system/devices/${id}`),
  "notification-type": {
    key: (id) => id,
    sql: typeSql,
    href: (key) => `/catalog/${encodeURIComponent(key)}`,
  },
  "template-override": {
    key: (id) => id.split(":")[0] || null,
    sql: typeSql,
    href: (key) => `/templates/${encodeURIComponent(key)}`,
  },
  event: namedByType("Event", (id) => `/events/${id}`),
  delivery: namedByType("Delivery", (id) => `/history/${id}`),
};

export const auditTargetKey = (targetType: string, targetId: string) => `${targetType}\u0000${targetId}`;

/**
 * Resolves a page of entries' targets in one query (a UNION over the target types the page holds),
 * however many rows the page has. Keyed by auditTargetKey; entries whose type has no table are absent.
 */
export async function resolveAuditTargets(
  entries: { targetType: string; targetId: string | null }[],
  db: DbOrTx,
): Promise<Map<string, AuditTarget>> {
  const wanted = new Map<string, Set<string>>();
  for (const { targetType, targetId } of entries) {
    const key = targetId && sources[targetType]?.key(targetId);
    if (key) (wanted.get(targetType) ?? wanted.set(targetType, new Set()).get(targetType)!).add(key);
  }
  const resolved = new Map<string, AuditTarget>();
  if (wanted.size === 0) return resolved;
  const parts = [...wanted].map(
    ([type, keys]) => Prisma.sql`SELECT ${type}::text AS type, s.* FROM (${sources[type]!.sql([...keys])}) s`,
  );
  const rows = await db.$queryRaw<{ type: string; key: string; name: string; typeKey: string | null }[]>`
    ${Prisma.join(parts, " UNION ALL ")}`;
  const found = new Map(rows.map((row) => [`${row.type}\u0000${row.key}`, row]));
  for (const { targetType, targetId } of entries) {
    const source = sources[targetType];
    const key = targetId && source?.key(targetId);
    if (!targetId || !source) continue;
    const row = key ? found.get(`${targetType}\u0000${key}`) : undefined;
    resolved.set(
      auditTargetKey(targetType, targetId),
      row
        ? { state: "found", name: row.name, typeKey: row.typeKey ?? undefined, href: source.href(row.key) }
        : { state: "deleted" },
    );
  }
  return resolved;
}
