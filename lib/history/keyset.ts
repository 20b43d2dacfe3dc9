// Keyset paging on (createdAt, id), newest first, shared by the send history, a user's received
// e-mails and the mailbox. Every page costs one index range scan however deep it is, and nothing
// is counted. Pure logic over two callbacks, so each list keeps its own typed Prisma query.
import { encodeHistoryCursor, type HistoryCursor, type HistoryDirection } from "./cursor";

export interface Position {
  createdAt: Date;
  id: string;
}

/**
 * Rows strictly before (older) or after (newer) a position in (createdAt, id) order. The first bound
 * lets PostgreSQL start its index scan at the position; the OR settles ties of the same millisecond.
 * The same shape is a valid `where` of every model with `createdAt` and a text `id`.
 */
export function beyond(position: Position, direction: HistoryDirection) {
  const { createdAt, id } = position;
  return direction === "older"
    ? { createdAt: { lte: createdAt }, OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] }
    : {
        createdAt: { gte: createdAt },
        OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: id } }],
      };
}

export const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];
export const oldestFirst = [{ createdAt: "asc" as const }, { id: "asc" as const }];

export interface KeysetPage<T> {
  rows: T[];
  /** Opaque cursors of the neighbouring pages, null at either end of the (filtered) list. */
  newer: string | null;
  older: string | null;
}

interface Source<T extends Position> {
  /** Up to `take` rows beyond `from` (from the newest when null), in the direction's order. */
  fetch(direction: HistoryDirection, from: Position | null, take: number): Promise<T[]>;
  /** Whether any row lies beyond `from` in that direction. */
  exists(direction: HistoryDirection, from: Position): Promise<boolean>;
}

type Beyond = ReturnType<typeof beyond>;

/**
 * The two queries of one table's keyset page, from the list's `where` and the table's `findMany` and
 * `findFirst` (each list adds its own select), so every list pages the same way.
 */
export function tableSource<T extends Position, W>(
  where: W,
  findMany: (args: {
    where: W | { AND: [W, Beyond] };
    orderBy: typeof newestFirst | typeof oldestFirst;
    take: number;
  }) => Promise<T[]>,
  findFirst: (args: { where: { AND: [W, Beyond] }; select: { id: true } }) => Promise<unknown>,
): Source<T> {
  return {
    fetch: (direction, from, take) =>
      findMany({
        where: from ? { AND: [where, beyond(from, direction)] } : where,
        orderBy: direction === "older" ? newestFirst : oldestFirst,
        take,
      }),
    exists: async (direction, from) =>
      (await findFirst({ where: { AND: [where, beyond(from, direction)] }, select: { id: true } })) !== null,
  };
}

export async function keysetPage<T extends Position>(
  source: Source<T>,
  cursor: HistoryCursor | null,
  pageSize: number,
): Promise<KeysetPage<T>> {
  let rows: T[];
  let moreOlder: boolean;
  let moreNewer: boolean;
  if (cursor?.direction === "newer") {
    const newer = await source.fetch("newer", cursor, pageSize + 1);
    if (newer.length <= pageSize) {
      // Less than a page left above the cursor: that is the newest page, shown whole.
      rows = await source.fetch("older", null, pageSize + 1);
      moreNewer = false;
    } else {
      rows = newer.slice(0, pageSize).reverse();
      moreNewer = true;
    }
    moreOlder = rows.length > pageSize || (rows.length > 0 && (await source.exists("older", rows.at(-1)!)));
  } else {
    rows = await source.fetch("older", cursor, pageSize + 1);
    moreOlder = rows.length > pageSize;
    moreNewer = cursor !== null && rows.length > 0 && (await source.exists("newer", rows[0]!));
  }
  rows = rows.slice(0, pageSize);
  const first = rows[0];
  const last = rows.at(-1);
  return {
    rows,
    newer:
      moreNewer && first
        ? encodeHistoryCursor({ direction: "newer", createdAt: first.createdAt, id: first.id })
        : null,
    older:
      moreOlder && last
        ? encodeHistoryCursor({ direction: "older", createdAt: last.createdAt, id: last.id })
        : null,
  };
}
