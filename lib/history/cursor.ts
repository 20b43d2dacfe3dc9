// A position in the send history for keyset paging: the (createdAt, id) of the delivery a page
// continues from, and which way it goes. History is read newest first, so "older" continues after
// the last row shown and "newer" goes back before the first one.
//
// In the URL it is one opaque base64url token; anything that does not decode to a well-formed
// position is refused (null), never passed on to the database. Pure (no "server-only"): the CSV
// export and the pages share it, and it is tested on its own.

export type HistoryDirection = "older" | "newer";

export interface HistoryCursor {
  direction: HistoryDirection;
  createdAt: Date;
  /** Delivery.id (a UUIDv7): breaks ties between deliveries of the same millisecond. */
  id: string;
}

const MAX_TOKEN_LENGTH = 96;
/** The largest instant a JavaScript Date can hold (±100,000,000 days around 1970). */
const MAX_TIME = 8.64e15;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeHistoryCursor(cursor: HistoryCursor): string {
  const plain = `${cursor.direction === "older" ? "o" : "n"}.${cursor.createdAt.getTime()}.${cursor.id.toLowerCase()}`;
  return Buffer.from(plain, "utf8").toString("base64url");
}

export function decodeHistoryCursor(token: string): HistoryCursor | null {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const match = /^([on])\.(-?\d{1,16})\.([0-9a-f-]{36})$/.exec(
    Buffer.from(token, "base64url").toString("utf8"),
  );
  if (!match || !UUID.test(match[3]!)) return null;
  const time = Number(match[2]);
  if (Math.abs(time) > MAX_TIME) return null;
  return { direction: match[1] === "o" ? "older" : "newer", createdAt: new Date(time), id: match[3]! };
}
