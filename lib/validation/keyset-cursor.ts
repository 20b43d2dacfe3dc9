// A position in a newest-first list for keyset paging (audit log, send history): the (createdAt, id)
// of the row a page continues from, and which way it goes. "older" continues after the last row
// shown and "newer" goes back before the first one.
//
// In the URL it is one opaque base64url token of "o|n.<epoch ms>.<id>". Anything that does not decode
// to a well-formed position is refused (null), never passed on to the database. Pure (no
// "server-only"): pages, exports and queries share it; each list says what its ids look like.

export type KeysetDirection = "older" | "newer";

export interface KeysetCursor<Id> {
  direction: KeysetDirection;
  createdAt: Date;
  /** The row's id: breaks ties between rows of the same millisecond. */
  id: Id;
}

/** The largest instant a JavaScript Date can hold (±100,000,000 days around 1970). */
const MAX_TIME = 8.64e15;

export interface KeysetCursorFormat<Id> {
  /** Longest token accepted (before decoding). */
  maxTokenLength: number;
  /** Regular expression source the id part must match whole, e.g. "\\d{1,19}". */
  idPattern: string;
  /** The id from its matched text; null refuses the token. */
  parseId: (text: string) => Id | null;
  /** The id as written into the token. */
  formatId: (id: Id) => string;
}

export function keysetCursorCodec<Id>({
  maxTokenLength,
  idPattern,
  parseId,
  formatId,
}: KeysetCursorFormat<Id>) {
  const plainPattern = new RegExp(`^([on])\\.(-?\\d{1,16})\\.(${idPattern})$`);
  return {
    encode(cursor: KeysetCursor<Id>): string {
      const plain = `${cursor.direction === "older" ? "o" : "n"}.${cursor.createdAt.getTime()}.${formatId(cursor.id)}`;
      return Buffer.from(plain, "utf8").toString("base64url");
    },
    decode(token: string): KeysetCursor<Id> | null {
      if (token.length === 0 || token.length > maxTokenLength || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
      const match = plainPattern.exec(Buffer.from(token, "base64url").toString("utf8"));
      if (!match) return null;
      const id = parseId(match[3]!);
      const time = Number(match[2]);
      if (id === null || Math.abs(time) > MAX_TIME) return null;
      return { direction: match[1] === "o" ? "older" : "newer", createdAt: new Date(time), id };
    },
  };
}
