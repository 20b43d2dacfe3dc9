// "Nothing persisted for a rejected request": per table, its row count and an md5 of its rows (each row's
// text, in id order), taken before and after a batch of refused requests and compared.
import type { Database } from "@/lib/db/client";

/**
 * Tables that change while the fuzz server refuses requests, whatever the requests asked:
 * - RateLimitBucket (UNLOGGED): every request of a valid key is counted on its window before the route
 *   parses anything, refused or not; that count is how the rate limit works.
 * - ServiceInstance: the web server's own heartbeat row, rewritten every 10 s.
 * Nothing else runs beside the web server (no worker, no scheduler), so every other table must hold
 * still. Herald writes no audit entry for a refused request, so AuditLog stays whole.
 */
export const CHANGING_TABLES = new Set(["RateLimitBucket", "ServiceInstance"]);

/**
 * Columns left out: ApiKey.lastUsedAt records that a valid key authenticated (at most once a minute),
 * which it does before its request is validated and refused. The key rows themselves stay compared.
 */
export const CHANGING_COLUMNS: Record<string, readonly string[]> = { ApiKey: ["lastUsedAt"] };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Table → "rows:md5" for every table but CHANGING_TABLES. */
export async function fingerprint(db: Database): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string; columns: string[]; ordered: boolean }[]>`
    SELECT c.table_name AS name, array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns,
           bool_or(c.column_name = 'id') AS ordered
    FROM information_schema.columns c
    JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
    GROUP BY c.table_name ORDER BY c.table_name`;
  const parts = tables
    .filter(({ name }) => !CHANGING_TABLES.has(name))
    .map(({ name, columns, ordered }) => {
      const skip = CHANGING_COLUMNS[name] ?? [];
      const row = `ROW(${columns
        .filter((column) => !skip.includes(column))
        .map((column) => `t.${quote(column)}`)
        .join(", ")})::text`;
      // By id where the table has one; otherwise by the row's own text (join tables, composite keys).
      const order = ordered ? `t."id"` : row;
      return (
        `SELECT '${name.replace(/'/g, "''")}' AS name, count(*)::text || ':' || ` +
        `coalesce(md5(string_agg(${row}, E'\\n' ORDER BY ${order})), '') AS print FROM ${quote(name)} t`
      );
    });
  const rows = await db.$queryRawUnsafe<{ name: string; print: string }[]>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((row) => [row.name, row.print]));
}

/** "Table: before → after" for each table whose fingerprint moved. */
export function differences(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${before[name] ?? "absent"} → ${after[name] ?? "absent"}`);
}
