// A position in the send history for keyset paging (lib/validation/keyset-cursor.ts): the
// (createdAt, id) of the delivery a page continues from, and which way it goes. Pure (no
// "server-only"): the CSV export and the pages share it, and it is tested on its own.
import { keysetCursorCodec, type KeysetCursor, type KeysetDirection } from "@/lib/validation/keyset-cursor";
import { isUuid } from "@/lib/validation/uuid";

export type HistoryDirection = KeysetDirection;

/** id: Delivery.id (a UUIDv7, lower case). */
export type HistoryCursor = KeysetCursor<string>;

const codec = keysetCursorCodec<string>({
  maxTokenLength: 96,
  idPattern: "[0-9a-f-]{36}",
  parseId: (text) => (isUuid(text) ? text : null),
  formatId: (id) => id.toLowerCase(),
});

export const encodeHistoryCursor = codec.encode;
export const decodeHistoryCursor = codec.decode;
