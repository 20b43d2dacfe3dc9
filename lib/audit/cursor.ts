// A position in the audit log for keyset paging (lib/validation/keyset-cursor.ts): the (createdAt, id)
// of the entry a page continues from, and which way it goes. No "server-only": pure and tested on its
// own.
import { keysetCursorCodec, type KeysetCursor, type KeysetDirection } from "@/lib/validation/keyset-cursor";

export type AuditDirection = KeysetDirection;

/** id: AuditLog.id (BIGSERIAL). */
export type AuditCursor = KeysetCursor<bigint>;

const MAX_ID = 2n ** 63n - 1n;

const codec = keysetCursorCodec<bigint>({
  maxTokenLength: 64,
  idPattern: "\\d{1,19}",
  parseId: (text) => {
    const id = BigInt(text);
    return id < 1n || id > MAX_ID ? null : id;
  },
  formatId: (id) => String(id),
});

export const encodeAuditCursor = codec.encode;
export const decodeAuditCursor = codec.decode;
