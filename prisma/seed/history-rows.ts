// The tools the demo history (./history) writes its rows with: a seeded random generator, time-ordered
// ids, a delivery's columns from its recipient, and one INSERT … SELECT per table.
import type { Prisma } from "@/generated/prisma/client";
import type { NotificationTypeDefinition } from "@/lib/catalog/types";
import type { Database } from "@/lib/db/client";
import { toDbLocale } from "@/lib/i18n/locales";
import type { ResolvedRecipient } from "@/lib/subscriptions/types";

/** A small seeded generator (mulberry32): the same demo history on every fresh install. */
export function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    weighted: <T>(entries: readonly (readonly [T, number])[]) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) if ((roll -= weight) < 0) return value;
      return entries.at(-1)![0];
    },
  };
}

/** A UUIDv7 for `ms` with random bits from the generator: ids sort like their creation times. */
export function uuidAt(ms: number, random: () => number): string {
  const bytes = new Uint8Array(16);
  let time = BigInt(ms);
  for (let index = 5; index >= 0; index--) {
    bytes[index] = Number(time & 0xffn);
    time >>= 8n;
  }
  for (let index = 6; index < 16; index++) bytes[index] = Math.floor(random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Buffer.from(bytes).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A delivery's columns that come from its event, type and recipient, as the dispatcher writes them. */
export function deliveryColumns(
  id: string,
  host: string,
  eventId: string,
  type: Pick<NotificationTypeDefinition, "key" | "categoryKey">,
  recipient: ResolvedRecipient,
) {
  const kind = recipient.kind === "user" ? "USER" : recipient.kind === "contact" ? "CONTACT" : "ADDRESS";
  return {
    id,
    eventId,
    typeKey: type.key,
    categoryKey: type.categoryKey,
    recipientKind: kind,
    userId: kind === "USER" ? recipient.id! : null,
    contactId: kind === "CONTACT" ? recipient.id! : null,
    email: recipient.email.toLowerCase(),
    name: recipient.name,
    locale: toDbLocale(recipient.locale),
    timeZone: recipient.timeZone,
    reasons: recipient.reasons as unknown as Prisma.InputJsonValue,
    idempotencyKey: `herald-${id}`,
    messageId: `${id}@${host}`,
  } satisfies Partial<Prisma.DeliveryCreateManyInput>;
}

/**
 * One INSERT … SELECT per table: the rows travel as one JSON array, typed by the table's own row
 * type. (Prisma's createMany over the pg adapter took ~4 ms a row here; this takes milliseconds.)
 * Columns are every key any row has (a row without one gets NULL); a column no row names takes its default.
 */
export async function insertRows(db: Database, table: string, rows: object[]) {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const json = JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(
        columns.map((column) => {
          const value = (row as Record<string, unknown>)[column];
          // Locale is stored as its BCP-47 tag; Prisma's enum name for pt-BR is pt_BR.
          return [column, column === "locale" && value === "pt_BR" ? "pt-BR" : (value ?? null)];
        }),
      ),
    ),
  );
  const list = columns.map((column) => `"${column}"`).join(", ");
  await db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    json,
  );
}
