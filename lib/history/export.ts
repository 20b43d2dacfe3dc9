// The filtered history as CSV rows, read in keyset chunks so an export of a million deliveries holds
// one chunk in memory at a time and never runs an OFFSET scan.
import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { db as defaultDb, type Database } from "@/lib/db";
import { assertReader } from "./access";
import type { HistoryFilters } from "./filters";
import { beyond, newestFirst, type Position } from "./keyset";
import { historyWhere } from "./queries";
import { deliveryRowSelect, type DeliveryRow } from "./rows";

export const EXPORT_CHUNK = 1000;

export const exportColumns = [
  "createdAt",
  "id",
  "status",
  "typeKey",
  "categoryKey",
  "recipientKind",
  "email",
  "name",
  "mode",
  "eventId",
  "attemptCount",
  "sentAt",
  "transport",
  "subject",
  "lastError",
] as const;

export type ExportRecord = Record<(typeof exportColumns)[number], string>;

/** Every matching delivery, newest first (ADMIN, AUDITOR). The role is checked before the first read. */
export async function* exportDeliveries(
  viewer: { role: Role; timeZone: string },
  filters: HistoryFilters,
  db: Database = defaultDb,
  chunk = EXPORT_CHUNK,
): AsyncGenerator<ExportRecord> {
  assertReader(viewer);
  const where = historyWhere(filters, viewer.timeZone);
  let from: Position | null = null;
  for (;;) {
    const rows: DeliveryRow[] = await db.delivery.findMany({
      where: from ? { AND: [where, beyond(from, "older")] } : where,
      select: deliveryRowSelect,
      orderBy: newestFirst,
      take: chunk,
    });
    for (const row of rows) yield toRecord(row);
    if (rows.length < chunk) return;
    from = rows.at(-1)!;
  }
}

export const EXPORT_AUDIT_ACTION = "history.export";

/**
 * Records who exported which deliveries (recipient data in bulk): the filters as applied, and "streamed"
 * for the row count, which is only known once the last row has gone out. Written before the first byte
 * leaves, so an export without its entry cannot happen.
 */
export async function recordHistoryExport(db: Database, actor: AuditActor, filters: HistoryFilters) {
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: EXPORT_AUDIT_ACTION,
      targetType: "history",
      after: { format: "csv", filters: definedOnly(filters), rows: "streamed" },
    }),
  );
}

/** The filters that were set: an unfiltered export reads `{}`, not a list of nulls. */
function definedOnly(filters: HistoryFilters): Partial<HistoryFilters> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe:
 * recipient names and subjects come from outside Herald.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function toRecord(row: DeliveryRow): ExportRecord {
  return {
    createdAt: row.createdAt.toISOString(),
    id: row.id,
    status: row.status,
    typeKey: row.typeKey,
    categoryKey: row.categoryKey,
    recipientKind: row.recipientKind,
    email: neutralise(row.email),
    name: neutralise(row.name),
    mode: row.mode,
    eventId: row.eventId,
    attemptCount: String(row.attemptCount),
    sentAt: row.sentAt?.toISOString() ?? "",
    transport: row.transport ?? "",
    subject: neutralise(row.subject ?? ""),
    lastError: neutralise(row.lastError ?? ""),
  };
}
