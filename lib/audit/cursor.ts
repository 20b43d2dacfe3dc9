// A position in the audit log for keyset paging: the (createdAt, id) of the entry a page continues
// from, and which way it goes. The log is read newest first, so "older" continues after the last
// entry shown and "newer" goes back before the first one.
//
// In the URL it is one opaque base64url token. Anything that does not decode to a well-formed
// position is refused (null), never passed on to the database. No "server-only": pure and tested
// on its own.

export type AuditDirection = "older" | "newer";

export interface AuditCursor {
  direction: AuditDirection;
  createdAt: Date;
  /** AuditLog.id (BIGSERIAL): breaks ties between entries of the same millisecond. */
  id: bigint;
}

const MAX_TOKEN_LENGTH = 64;
const MAX_ID = 2n ** 63n - 1n;
/** The largest instant a JavaScript Date can hold (±100,000,000 days around 1970). */
const MAX_TIME = 8.64e15;

export function encodeAuditCursor(cursor: AuditCursor): string {
  const plain = `${cursor.direction === "older" ? "o" : "n"}.${cursor.createdAt.getTime()}.${cursor.id}`;
  return Buffer.from(plain, "utf8").toString("base64url");
}

export function decodeAuditCursor(token: string): AuditCursor | null {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const match = /^([on])\.(-?\d{1,16})\.(\d{1,19})$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match) return null;
  const time = Number(match[2]);
  const id = BigInt(match[3]!);
  if (Math.abs(time) > MAX_TIME || id < 1n || id > MAX_ID) return null;
  return { direction: match[1] === "o" ? "older" : "newer", createdAt: new Date(time), id };
}
