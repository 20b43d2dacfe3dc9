import { commonForgeries, describeCursorCodec, tokenOf } from "@/tests/cursor-codec";
import { decodeAuditCursor, encodeAuditCursor } from "./cursor";

describeCursorCodec(
  "audit cursor",
  { encode: encodeAuditCursor, decode: decodeAuditCursor },
  {
    valid: [
      { direction: "older", createdAt: new Date("2026-03-01T12:34:56.789Z"), id: 1n },
      { direction: "newer", createdAt: new Date(0), id: 2n ** 63n - 1n },
      { direction: "older", createdAt: new Date("1969-12-31T23:59:59.999Z"), id: 90_071_992_547_409_930n },
    ],
    refused: [
      ...commonForgeries(65),
      ...["x.1.1", "o.1.0", "o.1.-1", "o.1.9223372036854775808", "o.99999999999999999.1", "o.1.1.1"].map(
        tokenOf,
      ),
      ...["o.1e3.1", "o..1", "o.1.1\u0000"].map(tokenOf),
    ],
  },
);
