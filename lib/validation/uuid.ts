// The one UUID check. Pure: pages, queries, route helpers and client code share it.
// Deliberately the database's notion (8-4-4-4-12 hex digits, any version): an id that fails it cannot
// name a row, so callers answer "not found" without asking PostgreSQL (which would throw on it).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
